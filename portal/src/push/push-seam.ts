/**
 * The browser's side of notices (issue 11, point 5), in one place. Tests in Chromium replace the
 * browser's PushManager (a real subscription needs the internet); everything else here is real.
 */

/** What this phone can do about notices now. */
export type PushSupport = 'kan' | 'aan' | 'geblokkeerd' | 'iphone-beginscherm' | 'kan-niet';

const idKey = 'onsplan.meldingen-id';

/** An iPhone or iPad gives notices only to an app on the home screen (iOS 16.4 and later). */
export function needsHomeScreen(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> & { standalone?: boolean }, standalone: boolean): boolean {
  const apple = /iPhone|iPad|iPod/.test(nav.userAgent) || (/Macintosh/.test(nav.userAgent) && nav.maxTouchPoints > 1);
  return apple && !standalone && nav.standalone !== true;
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  return (await navigator.serviceWorker.getRegistration()) ?? undefined;
}

export async function pushSupport(): Promise<PushSupport> {
  const standalone = globalThis.matchMedia?.('(display-mode: standalone)').matches ?? false;
  if (needsHomeScreen(navigator as Navigator & { standalone?: boolean }, standalone)) return 'iphone-beginscherm';
  if (!('PushManager' in globalThis) || !('Notification' in globalThis) || !('serviceWorker' in navigator)) return 'kan-niet';
  if (Notification.permission === 'denied') return 'geblokkeerd';
  const current = await (await registration())?.pushManager.getSubscription();
  return current && savedId() ? 'aan' : 'kan';
}

/** Asks the browser (after the person's tap) and returns the subscription to hand to the server. */
export async function subscribe(publicKey: string): Promise<PushSubscriptionJSON | 'geblokkeerd'> {
  if ((await Notification.requestPermission()) !== 'granted') return 'geblokkeerd';
  const ready = await navigator.serviceWorker.ready;
  const subscription = await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64Url(publicKey) });
  return subscription.toJSON();
}

/** Stops notices on this phone: the browser forgets the subscription, so the push service answers 410 from now on. */
export async function unsubscribe(): Promise<void> {
  localStorage.removeItem(idKey);
  const current = await (await registration())?.pushManager.getSubscription();
  await current?.unsubscribe();
}

export function savedId(): string | null {
  try {
    return localStorage.getItem(idKey);
  } catch {
    return null;
  }
}

export function saveId(id: string): void {
  localStorage.setItem(idKey, id);
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
