import { newCommand } from '../command-kit.js';
export const packCommand = () => newCommand('pack');
