import { describe, expect, it } from 'vitest';
import { isAllowedEndpoint, knownPushServices, pushSubjectOf } from './push-services.ts';

describe('the push services the server sends to', () => {
  it('takes the browsers’ own push services, over https only, subdomains included', () => {
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/abc',
      'https://updates.push.services.mozilla.com/wpush/v2/abc',
      'https://web.push.apple.com/QGx',
      'https://wns2-par02p.notify.windows.com/w/?token=abc',
    ]) expect(isAllowedEndpoint(endpoint, knownPushServices), endpoint).toBe(true);
  });

  it('refuses any other address, so the server cannot be sent into a network (SSRF)', () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://fcm.googleapis.com.evil.example/x',
      'https://evilfcm.googleapis.com.example/x',
      'https://notify.windows.com@10.0.0.1/x',
      'https://user:pw@fcm.googleapis.com/x',
      'http://127.0.0.1:5432/',
      'http://169.254.169.254/latest/meta-data',
      'file:///etc/passwd',
      'geen adres',
    ]) expect(isAllowedEndpoint(endpoint, knownPushServices), endpoint).toBe(false);
  });

  it('takes a whole origin exactly, as tests name a stand-in service', () => {
    expect(isAllowedEndpoint('http://127.0.0.1:4000/push/1', ['http://127.0.0.1:4000'])).toBe(true);
    expect(isAllowedEndpoint('http://127.0.0.1:4001/push/1', ['http://127.0.0.1:4000'])).toBe(false);
  });

  it('needs a mailto: or https: subject, and says so in Dutch', () => {
    expect(pushSubjectOf('mailto:beheer@jeugdzorg.example', 'x')).toBe('mailto:beheer@jeugdzorg.example');
    expect(pushSubjectOf('https://jeugdzorg.example/contact', 'x')).toBe('https://jeugdzorg.example/contact');
    expect(pushSubjectOf(undefined, 'onsplan.jeugdzorg.example')).toBe('mailto:beheer@onsplan.jeugdzorg.example');
    expect(() => pushSubjectOf('http://jeugdzorg.example', 'x')).toThrow(/PUSH_SUBJECT moet/);
    expect(() => pushSubjectOf('beheer', 'x')).toThrow(/PUSH_SUBJECT moet/);
  });
});
