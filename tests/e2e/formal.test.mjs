// Formal minutes as a secretary writes them: a pöytäkirja with § numbers from the standard
// items, a vote typed part by part, checkers and the stage; an agenda turned into its minutes
// in one undoable step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openApp, downloadButton, audit, fixtures } from './harness.mjs';

const env = setup();

async function markdown(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), downloadButton(page, 'Lataa Markdown').then((b) => b.click())]);
  return readFileSync(await dl.path(), 'utf8');
}

test('a pöytäkirja: standard items numbered with §, a vote typed part by part, checkers and the stage', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openApp(context, env.server.url);
  await page.getByRole('button', { name: 'Uusi muistio' }).first().click();
  await page.getByLabel('Kokouksen nimi').fill('Tunturikuvaajat ry:n hallituksen kokous');
  await page.getByLabel('Asiakirja', { exact: true }).selectOption('minutes');
  await page.getByText('Pöytäkirjan tiedot').click();
  await page.getByRole('button', { name: 'Lisää vakiokohdat' }).click();
  await page.getByText('7 vakiokohtaa lisätty.').waitFor();
  const outline = page.getByRole('navigation', { name: 'Kohdat' });
  assert.deepEqual((await outline.locator('a').allTextContents()).slice(0, 3).map((t) => t.trim()), [
    '1 § Kokouksen avaus', '2 § Kokouksen laillisuus ja päätösvaltaisuus', '3 § Pöytäkirjantarkastajien valinta',
  ]);

  await page.getByLabel('Pöytäkirjantarkastajat').fill('Aleksi Niskala, Juho Kangas');
  await page.getByLabel('Tila', { exact: true }).selectOption({ label: 'Tarkastettu' });
  await page.getByLabel('Tarkastuspaikka').fill('Kemijärvi');
  await page.getByLabel('Tarkastuspäivä').fill('20.5.2026');
  await page.getByLabel('Tarkastuspäivä').press('Tab');

  // The vote, typed into item 4's entry box part by part.
  const box = page.getByLabel('Uusi merkintä kohtaan 4');
  const typed = ['Äänestys (kädennosto): Esityslista hyväksytään muutettuna', 'Puolesta: Helmi Korhonen, Aleksi Niskala',
    'Vastaan 1: Juho Kangas', 'Tulos: Hyväksyttiin äänin 2–1.'];
  for (const line of typed) {
    await box.fill(line);
    await box.press('Enter');
  }
  const vote = page.locator('p.vote');
  await vote.waitFor();
  assert.match(await vote.textContent(),
    /Äänestys \(kädennosto\).*Puolesta 2: Helmi Korhonen, Aleksi Niskala.*Vastaan 1: Juho Kangas.*Tulos: Hyväksyttiin äänin 2–1\./s);
  await vote.click();
  assert.equal(await page.getByLabel('Puolesta – ääniä').inputValue(), '2');
  assert.deepEqual(await audit(page), [], 'the formal fields and an open vote are accessible');

  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  const md = await markdown(page);
  for (const wanted of [
    'PÖYTÄKIRJA', 'Pöytäkirjantarkastajat: Aleksi Niskala, Juho Kangas', 'Pöytäkirja tarkastettu: Kemijärvi 20.5.2026',
    'Tila: Tarkastettu', '1 § Kokouksen avaus', '4 § Esityslistan hyväksyminen',
    'Äänestys (kädennosto): Esityslista hyväksytään muutettuna\\\nPuolesta 2: Helmi Korhonen, Aleksi Niskala\\\n'
      + 'Vastaan 1: Juho Kangas\\\nTyhjää 0\\\nTulos: Hyväksyttiin äänin 2–1.',
    '7 § Kokouksen päättäminen',
  ]) assert.ok(md.includes(wanted), `${wanted}\n---\n${md}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an agenda becomes the minutes of its meeting in one step, and back with Kumoa', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openApp(context, env.server.url);
  await page.getByLabel('Avaa tiedosto…').setInputFiles(path.join(fixtures, 'hallitus-esityslista.md'));
  await page.getByText(/^Muistio tuotu:/).waitFor();
  // The agenda's items start from 28 §, so its formal fields are open already.
  assert.ok(await page.locator('details.formal-fields').evaluate((d) => d.open));
  await page.getByRole('button', { name: 'Tee esityslistasta pöytäkirja' }).click();
  await page.getByText('Esityslistasta tehtiin pöytäkirja: 3 päätösehdotusta on päätösten pohjana.').waitFor();
  let md = await markdown(page);
  assert.ok(md.startsWith('Tunturikuvaajat ry:n hallituksen kokous\n\nPÖYTÄKIRJA 5/2026\n'), md);
  const proposalThenDecision = 'Päätösehdotus: Näyttely pidetään Galleria Kairassa 5.–25.10.2026.\n\n'
    + 'Päätös: Näyttely pidetään Galleria Kairassa 5.–25.10.2026.';
  assert.ok(md.includes(proposalThenDecision), md);
  assert.ok(md.includes('30 § Syksyn näyttely'), md);
  await page.getByRole('status').getByRole('button', { name: 'Kumoa' }).click();
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  md = await markdown(page);
  assert.equal(md, readFileSync(path.join(fixtures, 'hallitus-esityslista.md'), 'utf8'), 'one undo brings the agenda back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('final minutes are locked: shown as they read, and opened again only when the person says so', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openApp(context, env.server.url);
  await page.getByLabel('Avaa tiedosto…').setInputFiles(path.join(fixtures, 'yhdistys-poytakirja.md'));
  await page.getByText(/^Muistio tuotu:/).waitFor();
  await page.getByLabel('Tila', { exact: true }).selectOption({ label: 'Hyväksytty' });
  await page.getByText('Pöytäkirja on hyväksytty ja lukittu: sitä ei muokata vahingossa.').waitFor();
  const editButton = page.getByRole('button', { name: 'Muokkaa', exact: true });
  assert.ok(await editButton.isDisabled(), 'nothing to edit while final');
  assert.equal(await page.getByLabel('Kokouksen nimi').count(), 0, 'the document is shown as it reads');
  assert.deepEqual(await audit(page), []);
  const md = await markdown(page);
  assert.ok(md.includes('Tila: Hyväksytty'), 'the stage is in the document');

  // Saying no keeps it locked; saying yes opens it, checked again.
  const answers = [false, true];
  page.on('dialog', (d) => (answers.shift() ? d.accept() : d.dismiss()));
  await page.getByRole('button', { name: 'Avaa muokattavaksi' }).click();
  assert.ok(await editButton.isDisabled(), 'still locked after "no"');
  await page.getByRole('button', { name: 'Avaa muokattavaksi' }).click();
  await page.getByLabel('Kokouksen nimi').waitFor();
  assert.equal(await page.getByLabel('Tila', { exact: true }).inputValue(), '1', 'checked again');
  assert.deepEqual(errors, []);
  await context.close();
});
