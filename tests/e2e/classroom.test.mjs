// The classroom (issue 5): presenter mode, the guided story with its keys
// and step= links, predict first, and the printed worksheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, waitForText, total, plain, parts, widget } from './harness.mjs';

const site = useSite();

test('presenter mode: projector-sized total, a full-screen toggle, arrow keys walk the story', async () => {
  const page = await site.open('?present=1', { width: 1920, height: 1080 });
  const ui = widget(page);
  const size = await ui.compactTotal.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 72, `total is ${size}px`);
  await page.getByRole('button', { name: 'Full screen' }).waitFor();
  // The story has not started: the first arrow starts it at step 1.
  await page.keyboard.press('ArrowRight');
  await waitForText(page, parts.story, 'Step 1 of 6');
  const titles = [];
  for (let i = 1; i <= 6; i++) {
    await waitForText(page, parts.story, `Step ${i} of 6`);
    titles.push(await ui.story.locator('h2').textContent());
    if (i < 6) await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
  }
  assert.deepEqual(titles, ['DeepSeek-V3 run', 'R1 stage', 'V3 at hyperscaler prices', "Buy V3's GPUs", 'Fleet, according to SemiAnalysis', 'How $5.6M and $1.6B fit together']);
  await waitForText(page, parts.story, 'Step 6 of 6');
  assert.match(await total(page), /\$1\.6 billion= 50,000 GPUs × \$32,000: SemiAnalysis's estimate/);
  assert.match(plain(await ui.story.textContent()), /×24\.41.*×11\.75.*\$1\.6 billion/);
  // Its derived note names what the card derives, not the bridge chart's
  // parts, which the card does not show.
  assert.match(plain(await ui.story.textContent()), /Derived\s*The two factors and the run's length in days are our arithmetic on the sources below\./);
  assert.doesNotMatch(await ui.story.textContent(), /middle bar|286/);
  await page.waitForFunction(() => location.search.includes('step=6') && location.search.includes('present=1'));
  await page.keyboard.press('ArrowLeft');
  await waitForText(page, parts.story, 'Step 5 of 6');
  await page.screenshot({ path: 'target/screenshots/present-1920.png' });
  // A slider keeps its own arrow keys: it moves, which leaves the story.
  const slider = page.getByRole('slider', { name: 'GPU count', exact: true });
  const before = await slider.getAttribute('aria-valuetext');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(([s, v]) => document.querySelector(s).getAttribute('aria-valuetext') !== v, [parts.slider('gpus'), before]);
  await ui.story.waitFor({ state: 'detached' });
  await waitForText(page, parts.storyStart, 'Back to the story, step 5');
  // Leaving presenter mode drops present=1 and the keys stop walking.
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await page.waitForFunction(() => !location.search.includes('present='));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await ui.storyStart.click();
  await waitForText(page, parts.story, 'Step 5 of 6');
});

test('presenter mode: the story keys work whatever button has focus, and a handled key never scrolls', async () => {
  const page = await site.open('', { width: 1024, height: 768 });
  const ui = widget(page);
  await ui.classroomToggle.click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  // The focus stays on the button just pressed, now "Leave presenter mode".
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Leave presenter mode');
  await page.keyboard.press('ArrowRight');
  await waitForText(page, parts.story, 'Step 1 of 6');
  await page.getByRole('button', { name: /Next/ }).click();
  await waitForText(page, parts.story, 'Step 2 of 6');
  const at = () => page.evaluate((s) => document.querySelector(s).textContent.match(/Step (\d) of 6/)[1], parts.story);
  // A clicker's keys, with focus on each of presenter mode's controls.
  const bar = ui.classroom;
  const controls = [
    ['Leave presenter mode', bar.getByRole('button', { name: 'Leave presenter mode' })],
    ['Full screen', bar.getByRole('button', { name: 'Full screen' })],
    ['Download image', bar.getByRole('button', { name: 'Download image' })],
    ['Predict first', bar.getByRole('checkbox', { name: 'Predict first' })],
    ['Back', ui.story.getByRole('button', { name: /Back/ })],
    ['Next', ui.story.getByRole('button', { name: /Next/ })],
  ];
  for (const [name, control] of controls) {
    await control.focus();
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press('PageDown');
    await waitForText(page, parts.story, 'Step 3 of 6');
    await page.keyboard.press('ArrowLeft');
    await waitForText(page, parts.story, 'Step 2 of 6');
    await page.keyboard.press('ArrowRight');
    await waitForText(page, parts.story, 'Step 3 of 6');
    await page.keyboard.press('PageUp');
    await waitForText(page, parts.story, 'Step 2 of 6');
    assert.equal(await page.evaluate(() => scrollY), scrolled, `a handled key scrolls nothing (${name})`);
    assert.equal(await at(), '2');
  }
  // A text box keeps its keys: the caret moves, the story stays. Keys are
  // handled in order, so the button's one step after them lands on 3, not 4.
  await page.getByRole('textbox', { name: 'GPU count', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await ui.story.getByRole('button', { name: /Next/ }).focus();
  await page.keyboard.press('ArrowRight');
  await waitForText(page, parts.story, 'Step 3 of 6');
  await page.keyboard.press('ArrowRight');
  await waitForText(page, parts.story, 'Step 4 of 6');
});

test('a step= link opens on that step, with its citations, and Back/Next buttons walk it', async () => {
  const page = await site.open('?step=3&lang=it');
  const ui = widget(page);
  await waitForText(page, parts.story, 'Passo 3 di 6');
  assert.equal(await ui.story.locator('h2').textContent(), 'V3 ai prezzi di un hyperscaler');
  assert.ok(await ui.storyRows.filter({ hasText: 'P-11' }).count() > 0, 'cites P-11');
  await page.getByRole('button', { name: /Avanti/ }).click();
  await waitForText(page, parts.story, 'Passo 4 di 6');
  await page.waitForFunction(() => location.search.includes('step=4'));
  await page.getByRole('button', { name: /Indietro/ }).click();
  await waitForText(page, parts.story, 'Passo 3 di 6');
  const first = await site.open('?step=1');
  assert.equal(await first.getByRole('button', { name: /Back/ }).isDisabled(), true);
});

test('a preset, Reset or a moved slider leaves the story, drops step= and offers the way back', async () => {
  const page = await site.open('?step=3');
  const ui = widget(page);
  const leave = {
    preset: () => ui.preset('fleet').click(),
    reset: async () => {
      await ui.preset('fleet').click();
      await ui.reset.click();
    },
    slider: () => page.getByRole('slider', { name: 'GPU count', exact: true }).press('ArrowRight'),
  };
  for (const [how, act] of Object.entries(leave)) {
    await waitForText(page, parts.story, 'Step 3 of 6');
    const before = await total(page);
    await act();
    await ui.story.waitFor({ state: 'detached' });
    await page.waitForFunction(() => !location.search.includes('step='));
    const back = ui.storyStart;
    assert.equal(await back.textContent(), 'Back to the story, step 3', how);
    await back.click();
    await waitForText(page, parts.story, 'Step 3 of 6');
    await page.waitForFunction(() => location.search.includes('step=3'));
    await page.waitForFunction(([s, t]) => document.querySelector(s).textContent.replace(/[\u00a0\u202f]/g, ' ') === t, [parts.total, before]);
  }
});

test('predict first hides the total until a guess, then marks guess and answer on the track', async () => {
  const page = await site.open('?predict=1', { wait: false });
  const ui = widget(page);
  await ui.hiddenTotal.waitFor();
  // The worksheet's module has answered (its code and questions come together).
  await ui.qr.waitFor({ state: 'attached' });
  assert.equal(await ui.total.count(), 0);
  assert.equal(await ui.bridge.count(), 0, 'the bridge would give it away');
  const text = plain(await ui.root.textContent());
  for (const answer of ['5,576,000', '5.58 million', '$5.58M']) assert.ok(!text.includes(answer), `${answer} is nowhere on the page`);
  // A drag (input events, no change yet) gives nothing away either, not even
  // for a frame: 100,000 GPUs would show $272,265,625.
  const slider = ui.slider('gpus');
  await slider.evaluate((s, root) => {
    s.value = s.max;
    s.dispatchEvent(new Event('input', { bubbles: true }));
    window.__dragged = document.querySelector(root).textContent;
  }, parts.root);
  const valueText = (want) => page.waitForFunction(([s, v]) => document.querySelector(s).getAttribute('aria-valuetext') === v,
    [parts.slider('gpus'), want]);
  await valueText('100,000 GPUs');
  for (const when of [await page.evaluate(() => window.__dragged), await ui.root.textContent()]) {
    for (const answer of ['272,265,625', '272 million', '$272M']) assert.ok(!plain(when).includes(answer), `${answer} is nowhere during a drag`);
  }
  assert.equal(await ui.total.count(), 0);
  await ui.reset.click();
  await valueText('2,048 GPUs');
  const guess = page.getByRole('textbox', { name: 'Your guess' });
  await guess.fill('lots');
  await page.getByRole('button', { name: 'Reveal' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await ui.total.count(), 0, 'a bad guess reveals nothing');
  await guess.fill('$100M');
  await page.getByRole('button', { name: 'Reveal' }).click();
  await waitForText(page, parts.verdict, 'You guessed $100 million; the answer is $5.58 million. Your guess was ×17.93 too high.');
  assert.match(await total(page), /\$5,576,000/);
  await ui.guessMark.waitFor();
  await ui.marker.waitFor();
  // The next question asks again.
  await ui.preset('fleet').click();
  await ui.hiddenTotal.waitFor();
  assert.equal(await guess.inputValue(), '', 'an empty box for the new question');
  await page.screenshot({ path: 'target/screenshots/predict.png' });
  // Revealed, the new answer's marker stands where it is: no glide from
  // where the last answer's stood.
  await page.evaluate(() => {
    window.glided = false;
    document.addEventListener('animationstart', (e) => { window.glided ||= e.target.matches('.dce-track-pin'); }, true);
  });
  await guess.fill('$1B');
  await page.getByRole('button', { name: 'Reveal' }).click();
  await ui.marker.waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.glided), false, 'the revealed marker does not glide');
});

test('print: a one-page worksheet with the state, its citations, the link and its QR code', async () => {
  const page = await site.open('?gpus=4096&lang=pt-BR', { width: 794, height: 1123 });
  const ui = widget(page);
  await page.emulateMedia({ media: 'print' });
  const worksheet = ui.worksheet;
  await worksheet.waitFor({ state: 'visible' });
  assert.match(await worksheet.textContent(), /gpus=4096/);
  assert.ok((await ui.qrPath.getAttribute('d')).length > 500, 'the QR code is drawn');
  assert.equal(await ui.sliders.first().isVisible(), false, 'no sliders on paper');
  assert.equal(await ui.citation('gpus').isVisible(), true);
  assert.equal(await ui.formula.isVisible(), true);
  await page.screenshot({ path: 'target/screenshots/print-a4.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await worksheet.isVisible(), false, 'only on paper');
});

// Three questions with room to answer on every printed worksheet; the
// answers only on the teacher's copy, which its own button prints.
test("the worksheet's questions print without answers; the teacher's copy prints them", async () => {
  const page = await site.open('it/', { width: 1280 });
  const ui = widget(page);
  // What print() sees: whether the widget is marked as the teacher's copy.
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = { marked: document.querySelector('main').hasAttribute('data-dce-answers') };
    };
  });
  const questions = ui.questions;
  await questions.nth(2).waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const texts = await questions.allTextContents();
  assert.equal(texts.length, 3);
  assert.match(texts[0], /^Quali due valori cambiano tra i 5,58 milioni di dollari di DeepSeek e i circa 1,6 miliardi di dollari di SemiAnalysis\?$/);
  assert.match(texts[2], /AWS/);
  // A student's copy: each answer's room is empty, and no answer is anywhere in its text.
  const student = await page.evaluate((s) => ({
    rooms: [...document.querySelectorAll(s)].map((li) => getComputedStyle(li, '::after').content),
    text: document.querySelector('main').innerText,
  }), parts.questions);
  assert.deepEqual(student.rooms, ['""', '""', '""']);
  assert.ok(!student.text.includes('34,3 milioni'), 'no answer on the student copy');
  // The teacher's copy: the button marks the widget while it prints, then unmarks it.
  await page.emulateMedia({ media: 'screen' });
  await ui.classroomToggle.click();
  await page.getByRole('button', { name: "Stampa la copia per l'insegnante" }).click();
  assert.deepEqual(await page.evaluate(() => window.__printed), { marked: true });
  assert.equal(await ui.answersMarked.count(), 0, 'unmarked after printing');
  // What paper shows while the widget is marked: each answer in its room.
  await page.emulateMedia({ media: 'print' });
  const teacher = await page.evaluate(([questions, title]) => {
    document.querySelector('main').setAttribute('data-dce-answers', '');
    const rooms = [...document.querySelectorAll(questions)].map((li) => getComputedStyle(li, '::after').content);
    const heading = getComputedStyle(document.querySelector(title), '::after').content;
    document.querySelector('main').removeAttribute('data-dce-answers');
    return { rooms, heading };
  }, [parts.questions, parts.worksheetHeading]);
  assert.match(teacher.rooms[0], /^"Il numero di GPU, da 2048 a 50\.000 \(×24,41\)/);
  assert.match(teacher.rooms[1], /Lasciano fuori ricerca, tentativi falliti, personale/);
  assert.match(teacher.rooms[2], /^"34,3 milioni di dollari: le stesse ore-GPU a 12,29/);
  assert.match(teacher.heading, /Copia per l'insegnante, con le risposte/);
  await page.close();
});

// A teacher prints the state on the screen: the worksheet is one sheet,
// A4 or US Letter, whatever the preset and language, online or offline.
test('the worksheet prints on one page, A4 and US Letter, for every preset, in every language with a page of its own', async () => {
  for (const [path, moveWords] of [['', 'Move the sliders'], ['it/', 'Sposta i cursori'], ['es/', 'Mueve los controles'],
    ['fr/', 'Déplacez les curseurs'], ['de/', 'Bewege die Regler']]) {
    const page = await site.open(path, { width: 1280 });
    const ui = widget(page);
    for (const preset of ['v3', 'r1', 'hyperscaler', 'buy-v3', 'fleet']) {
      await ui.preset(preset).click();
      await page.waitForFunction((s) => document.querySelector(s).getAttribute('aria-pressed') === 'true', parts.preset(preset));
      // The QR code is drawn for the link on screen only: once there, it is this state's.
      await ui.qrPath.waitFor({ state: 'attached' });
      // The questions too, which come with it; and the teacher's copy.
      await ui.questions.nth(2).waitFor({ state: 'attached' });
      for (const copy of ['student', 'teacher']) {
        await page.evaluate((on) => document.querySelector('main').toggleAttribute('data-dce-answers', on), copy === 'teacher');
        for (const format of ['A4', 'Letter']) {
          const pdf = (await page.pdf({ format })).toString('latin1');
          const pages = (pdf.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
          assert.equal(pages, 1, `${path || 'en'} ${preset}, ${copy}'s copy, on ${format}: ${pages} pages`);
        }
      }
      await page.evaluate(() => document.querySelector('main').removeAttribute('data-dce-answers'));
    }
    await page.emulateMedia({ media: 'print' });
    const paper = await page.evaluate(([stage, inputs]) => ({
      text: document.querySelector('main').innerText,
      stacked: document.querySelector(stage).getBoundingClientRect().bottom
        <= document.querySelector(inputs).getBoundingClientRect().top,
    }), [parts.stage, parts.inputs]);
    assert.ok(!paper.text.includes(moveWords), 'paper has no sliders to move');
    assert.ok(paper.stacked, 'the total heads the sheet, the inputs under it');
    const needed = {
      'citation-gpus': ui.citation('gpus'), 'citation-price': ui.citation('price'), 'citation-hours': ui.citation('hours'),
      formula: ui.formula, qr: ui.qr, worksheet: ui.worksheet, questions: ui.questionList,
    };
    for (const [name, part] of Object.entries(needed)) {
      assert.ok(await part.isVisible(), `${name} is on paper`);
    }
    if (!path) await page.pdf({ path: 'target/screenshots/worksheet-a4.pdf', format: 'A4' });
    await page.close();
  }
});

// A classroom projector is often 1024×768 or 1280×720: with the story
// running, its card, the total and the track share the screen, and nothing
// on it is smaller than 20 px.
test('presenter mode at 1024×768 and 1280×720: the story card, total and track fit one screen, no text under 20 px', async () => {
  for (const [width, height] of [[1280, 720], [1024, 768]]) {
    for (const path of ['', 'it/', 'pt-PT/', 'es/', 'fr/', 'de/']) {
      const page = await site.open(`${path}?present=1&step=1`, { width, height });
      for (let step = 1; step <= 6; step++) {
        if (step > 1) await page.keyboard.press('PageDown');
        await page.waitForFunction(([s, n]) => document.querySelector(s)?.textContent.includes(n), [parts.storyCount, String(step)]);
        const seen = await page.evaluate(([boxes, skip]) => {
          const box = (s) => document.querySelector(s).getBoundingClientRect();
          const [story, total, track] = boxes.map(box);
          const zoom = (e) => { let z = 1; for (let a = e; a; a = a.parentElement) z *= parseFloat(getComputedStyle(a).zoom) || 1; return z; };
          const small = [];
          for (const e of document.querySelectorAll('main *')) {
            if (e.closest(skip)) continue;
            if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
            const r = e.getBoundingClientRect();
            if (!r.width || r.bottom <= 0 || r.top >= innerHeight) continue;
            const px = parseFloat(getComputedStyle(e).fontSize) * zoom(e);
            if (px < 19.9) small.push(`${e.textContent.trim().slice(0, 20)} ${px.toFixed(1)}px`);
          }
          return { bottom: Math.max(story.bottom, total.bottom, track.bottom), top: Math.min(story.top, total.top), height: innerHeight, small };
        }, [[parts.story, parts.total, parts.track], `${parts.screenReaderOnly}, ${parts.head}`]);
        const where = `${path || 'en'} step ${step} at ${width}×${height}`;
        assert.deepEqual(seen.small, [], `${where}: text under 20 px`);
        assert.ok(seen.top >= 0 && seen.bottom <= seen.height, `${where}: ${JSON.stringify(seen)}`);
      }
      if (!path) await page.screenshot({ path: `target/screenshots/present-${width}.png` });
      await page.close();
    }
  }
});
