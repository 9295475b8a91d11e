import { newCommand } from '../command-kit.js';
export const initCommand = () => newCommand('init');
