/** The speeds a member can choose for reading aloud, as the voice's rate (1 is the voice's own speed). */
export const readSpeeds = { slow: 0.75, normal: 1, fast: 1.3 } as const;
export type ReadSpeed = keyof typeof readSpeeds;

/** Where the choice is kept on the device. It says nothing about the member, so a wipe may keep it. */
export const speedStorageKey = 'onsplan.voorleessnelheid';

const isSpeed = (value: unknown): value is ReadSpeed => typeof value === 'string' && Object.hasOwn(readSpeeds, value);

/** The speed chosen on this device, normal when none was chosen or storage cannot be read (private mode). */
export function storedSpeed(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ReadSpeed {
  try {
    const value = storage?.getItem(speedStorageKey);
    return isSpeed(value) ? value : 'normal';
  } catch {
    return 'normal';
  }
}

/** Remembers the speed on this device; a storage that refuses only means it is asked again next time. */
export function storeSpeed(speed: ReadSpeed, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(speedStorageKey, speed);
  } catch {
    // Private mode or full storage: the choice still counts for this visit.
  }
}
