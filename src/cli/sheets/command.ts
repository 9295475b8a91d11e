import { newCommand } from '../command-kit.js';
export const importCommand = () => newCommand('import');
export const exportCommand = () => newCommand('export');
