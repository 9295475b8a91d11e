/**
 * The names of the place kinds (`PLACE_KINDS`) in the editor's languages,
 * one list for the map (tool bar, items, announcements) and the panels
 * (the inspector's kind picker).
 */
import type { PlaceKind } from '../../data/types.js';
import type { EditorCatalogue } from './i18n.js';

type KindNames = Record<PlaceKind, string>;

export const placeKindNames: EditorCatalogue<KindNames> & { vi: KindNames } = {
  en: {
    kiosk: 'Kiosk',
    entrance: 'Entrance',
    exit: 'Exit',
    info: 'Information',
    restroom: 'Restroom',
    stage: 'Stage',
    food: 'Food',
    'first-aid': 'First aid',
    parking: 'Parking',
    atm: 'ATM',
    stairs: 'Stairs',
    elevator: 'Elevator',
    escalator: 'Escalator',
    other: 'Other',
  },
  vi: {
    kiosk: 'Ki-ốt',
    entrance: 'Lối vào',
    exit: 'Lối ra',
    info: 'Quầy thông tin',
    restroom: 'Nhà vệ sinh',
    stage: 'Sân khấu',
    food: 'Ăn uống',
    'first-aid': 'Sơ cứu',
    parking: 'Bãi đỗ xe',
    atm: 'ATM',
    stairs: 'Cầu thang bộ',
    elevator: 'Thang máy',
    escalator: 'Thang cuốn',
    other: 'Khác',
  },
};
