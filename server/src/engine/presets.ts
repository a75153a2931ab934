// Built-in house-style presets, named in a house style's "extends": the mechanically checkable points of two
// widely used news styles. Each turns on the opt-in rules of the registry that the style asks for and sets the
// settings they read; a house style's own settings apply on top.
import type { HouseStyle } from './config';

export interface Preset {
  /** One line for docs and messages. */
  description: string;
  style: HouseStyle;
}

export const PRESETS = {
  'copydesk:ap': {
    description:
      'Associated Press style: American spelling, one to nine in words and 10 up in figures, no courtesy titles outside quotations, day names that match their dates.',
    style: {
      spelling: 'american',
      courtesyTitles: 'omit',
      rules: { 'number-style': 'warning', 'courtesy-title': 'warning', 'day-date': 'warning' },
    },
  },
  'copydesk:bbc': {
    description:
      'BBC News style: British spelling, one to nine in words and 10 up in figures, Mr and Mrs without a full stop, headlines of 55 characters at most, day names that match their dates.',
    style: {
      spelling: 'british',
      courtesyTitles: 'no-full-stop',
      headline: { maxCharacters: 55 },
      rules: { 'number-style': 'warning', 'courtesy-title': 'warning', 'headline-length': 'warning', 'day-date': 'warning' },
    },
  },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
