/**
 * The names of the app's databases, apart from Dexie so the first screen can look for a local
 * copy without loading it. Every database starts with the prefix, so a wipe can find them all.
 */
export const databasePrefix = 'op-';
/** The small database that lists the local copies on this device (names and last use only). */
export const directoryName = `${databasePrefix}index`;

/** True for the name of a local copy (not the directory). */
export const isStoreName = (name: string | undefined): name is string => !!name && name.startsWith(databasePrefix) && name !== directoryName;
