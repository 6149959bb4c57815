import { createHash } from 'node:crypto';

/** A reproducible stream of random choices: the same seed and key give the same family every time. */
export class Seeded {
  // 128 bits of state (sfc32): with 32 (mulberry32) the streams of two of 10,000 families overlapped,
  // and the same "random" client id came up twice.
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: string, key: string) {
    const digest = createHash('sha256').update(`${seed}:${key}`).digest();
    [this.#a, this.#b, this.#c, this.#d] = [0, 4, 8, 12].map((at) => digest.readUInt32LE(at)) as [number, number, number, number];
  }

  /** A number in [0, 1) (sfc32: small, fast, and good enough for test data). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  }

  /** An integer from `min` up to and including `max`. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** A version 4 shaped uuid from this stream. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => Math.floor(this.next() * 0x1_0000_0000).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
    return out.slice(0, length);
  }
}
