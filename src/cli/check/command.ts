import { newCommand } from '../command-kit.js';
export const checkCommand = () => newCommand('check');
