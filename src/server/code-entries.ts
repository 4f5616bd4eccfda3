/**
 * The entry points `Code.js` implements itself: the custom functions, which every cell's
 * execution loads, and the simple triggers, which run in AuthMode.NONE (see bundle-parts.ts).
 * Import nothing here that custom functions or the menu do not need: all of it is parsed by every
 * custom-function execution.
 */
import type { CodePartEntryName, EntryFunction } from './bundle-parts';
import {
  KPINEXTREVIEW,
  KPIPACE,
  KPIRATING,
  KPIREVIEWSTATUS,
  KPIROLLUP,
  KPISCORE,
  KPIWEIGHTED,
} from './custom-functions';
import { onInstall, onOpen } from './menu';

/** `satisfies` fails the type check on an entry point of these kinds missing here, or an extra one. */
export const codeEntries = {
  onOpen,
  onInstall,
  KPISCORE,
  KPIWEIGHTED,
  KPIRATING,
  KPINEXTREVIEW,
  KPIREVIEWSTATUS,
  KPIROLLUP,
  KPIPACE,
} satisfies Record<CodePartEntryName, EntryFunction>;
