import { describe, expect, it } from 'vitest';
import { look, phone, serverAndChromiumForFile } from './browser.ts';
import { testAppCode } from './people.ts';
import { startServer } from './server.ts';

/**
 * Issue 11, languages: a member who reads Arabic chooses it before signing in and gets every screen
 * in Arabic, right to left, with the note that the Dutch text counts. One phone, one sign-in.
 */
const running = serverAndChromiumForFile(startServer);

const documentLanguage = () => ({ lang: document.documentElement.lang, dir: document.documentElement.dir });

describe('Arabic, right to left', () => {
  it('Samira chooses العربية before signing in and reads her plan mirrored, with the Dutch text named as the one that counts', async () => {
    const { server, browser } = running;
    const { context, page } = await phone(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.origin);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Welkom bij Ons Plan');

    await page.getByRole('navigation', { name: 'Taal' }).getByRole('button', { name: 'العربية' }).click();
    await page.getByRole('heading', { level: 1, name: 'مرحباً بك في Ons Plan' }).waitFor();
    expect(await page.evaluate(documentLanguage)).toEqual({ lang: 'ar', dir: 'rtl' });
    await look(page, 'welkom-ar-360');

    await page.getByRole('link', { name: 'عندي رمز' }).click();
    await page.getByLabel('رمزك').fill(await server.invite('samira'));
    await page.getByRole('button', { name: 'التالي' }).click();
    await page.getByLabel('اسم هذا الجهاز').fill('هاتفي');
    await page.getByRole('button', { name: 'إنشاء مفتاح الدخول' }).click();
    await page.getByLabel('رمز التطبيق', { exact: true }).fill(testAppCode);
    await page.getByLabel('اكتب رمز التطبيق مرة أخرى').fill(testAppCode);
    await page.getByRole('button', { name: 'احفظ رمز التطبيق' }).click();

    await page.getByRole('heading', { level: 2, name: 'الأمان' }).waitFor();
    expect(await page.evaluate(documentLanguage)).toEqual({ lang: 'ar', dir: 'rtl' });
    const note = page.locator('.onsplan-translation-note');
    expect(await note.innerText()).toContain('ترجمة — النص الهولندي هو المعتمد.');
    expect(await note.locator('[lang="nl"]').innerText()).toBe('Vertaling — de Nederlandse tekst geldt.');
    // Mirrored: the app's name stands on the right of the header, the sign-out button on the left.
    const name = (await page.locator('.onsplan-header__name').boundingBox())!;
    const signOut = (await page.getByRole('button', { name: 'تسجيل الخروج' }).boundingBox())!;
    expect(name.x).toBeGreaterThan(signOut.x);
    await look(page, 'plan-ar-360');

    // What she agrees to has legal effect: each choice (instemming, toestemming) shows the Dutch text beside the Arabic.
    await page.getByRole('link', { name: 'هل توافق على الخطة؟' }).click();
    await page.getByRole('heading', { level: 1, name: 'هل توافق على الخطة؟' }).waitFor();
    // Samira answers for herself and for a child: the same three choices in each form.
    await page.locator('.onsplan-choice__label [lang="nl"]').first().waitFor();
    expect([...new Set(await page.locator('.onsplan-choice__label [lang="nl"]').allInnerTexts())]).toEqual([
      'Nederlands: Ik ben het eens',
      'Nederlands: Ik ben het eens, maar ik heb een opmerking',
      'Nederlands: Ik ben het niet eens',
    ]);
    await page.getByLabel('أنا غير موافق').first().check();
    await look(page, 'instemming-ar-360');
    await page.getByRole('link', { name: 'العودة إلى الخطة' }).click();
    await page.getByRole('link', { name: 'الموافقة على مشاركة البيانات' }).click();
    await page.getByRole('heading', { level: 1, name: 'الموافقة على مشاركة البيانات' }).waitFor();
    await page.getByLabel('لا أعطي موافقتي').check();
    expect(await page.getByRole('group', { name: 'ماذا تختار؟' }).locator('[lang="nl"]').allInnerTexts()).toEqual(['Nederlands: Ik geef toestemming', 'Nederlands: Ik geef geen toestemming']);
    await look(page, 'toestemming-ar-360');
    await page.getByRole('link', { name: 'العودة إلى الخطة' }).click();
    await page.getByRole('heading', { level: 2, name: 'الأمان' }).waitFor();

    // Signing out wipes the phone, but the language stays: the next sign-in starts in Arabic.
    await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
    await page.getByRole('heading', { level: 1, name: 'لقد سجلت الخروج' }).waitFor();
    expect(await page.evaluate(documentLanguage)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
