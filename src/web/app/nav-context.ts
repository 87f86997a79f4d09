import { createContext, useContext } from 'react';
import type { NavEntry } from './navigation';

/**
 * The navigation entries the signed-in user may see, provided by the shell. Screens read them
 * from here rather than from the registry, which imports the screens (no import cycle).
 */
export const NavEntriesContext = createContext<readonly NavEntry[]>([]);

export function useNavEntries(): readonly NavEntry[] {
  return useContext(NavEntriesContext);
}
