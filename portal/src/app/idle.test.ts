import { describe, expect, it } from 'vitest';
import { defaultIdleMs, idleWindow, watchIdle, type IdleSeam } from './idle.ts';

/** A clock and timers that move only when the test says so, and a button for "the person did something". */
function fakeSeam() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  let listener: (() => void) | undefined;
  const seam: IdleSeam = {
    now: () => now,
    setTimer(run, ms) {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    onActivity(l) {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
  };
  return {
    seam,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        now = next.at;
        next.run();
      }
      now = until;
    },
    act: () => listener?.(),
    get listening() {
      return listener !== undefined;
    },
  };
}

const minute = 60_000;

describe('idle timeout', () => {
  it('takes the window from the server against its own clock, whatever the phone’s time', () => {
    expect(idleWindow('2026-11-24T10:30:00.000Z', 'Tue, 24 Nov 2026 10:02:00 GMT')).toBe(28 * minute);
    // No server time, a deadline already past, or a window longer than any session: the known rule.
    for (const date of [null, 'Tue, 24 Nov 2026 11:00:00 GMT', 'Sun, 01 Nov 2026 10:00:00 GMT', 'geen datum']) {
      expect(idleWindow('2026-11-24T10:30:00.000Z', date)).toBe(defaultIdleMs);
    }
  });

  it('fires once after the window without activity, and stops listening', () => {
    const fake = fakeSeam();
    let idle = 0;
    watchIdle({ windowMs: 30 * minute, onIdle: () => idle++ }, fake.seam);
    fake.advance(30 * minute - 1);
    expect(idle).toBe(0);
    fake.advance(1);
    expect(idle).toBe(1);
    expect(fake.listening).toBe(false);
    fake.advance(60 * minute);
    expect(idle).toBe(1);
  });

  it('counts from the last activity, and tells about activity for a keep-alive', () => {
    const fake = fakeSeam();
    let idle = 0;
    let active = 0;
    watchIdle({ windowMs: 30 * minute, onIdle: () => idle++, onActive: () => active++ }, fake.seam);
    fake.advance(20 * minute);
    fake.act();
    fake.advance(20 * minute);
    expect(idle).toBe(0);
    fake.advance(10 * minute);
    expect(idle).toBe(1);
    expect(active).toBe(1);
  });

  it('follows a shorter window from the server at once, and never fires after stop', () => {
    const fake = fakeSeam();
    let idle = 0;
    const watch = watchIdle({ windowMs: 30 * minute, onIdle: () => idle++ }, fake.seam);
    fake.advance(5 * minute);
    watch.setWindow(10 * minute);
    fake.advance(5 * minute);
    expect(idle).toBe(1);

    const other = watchIdle({ windowMs: 30 * minute, onIdle: () => idle++ }, fake.seam);
    other.stop();
    fake.advance(60 * minute);
    expect(idle).toBe(1);
  });
});
