import { Foundation1795392000000 } from './1795392000000-foundation';

/** Every migration, oldest first. Released migrations are never edited: add a new one. */
export const migrations = [Foundation1795392000000];
