// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s63b4762cd8b9e44c: `Загружаем ярмарку…`,
  saad4ce3b0e8a013b: str`Ошибок в данных — ${0}:`,
  saf26f52ce105304c: `Не удалось загрузить информацию о ярмарке.`,
  sb2cb6a1d62a05c27: `В данных 1 ошибка:`,
  sdf2414dc6a3cc7c8: `Данных о ярмарке пока нет.`,
};
