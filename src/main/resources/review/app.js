// Tagwire review page. Plain DOM: every piece of article text goes in through text nodes
// (textContent / createTextNode), never innerHTML, so headlines and bodies render as text
// whatever they contain.
'use strict';

(() => {
  const TOKEN = document.querySelector('meta[name="tagwire-token"]').content;
  const BANDS = ['primary', 'significant', 'peripheral'];
  const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];
  const TOPIC = 'label:topic';
  const REGION = 'label:region';
  const FILTERS_KEY = 'tagwire.review.filters';
  const EDITOR_KEY = 'tagwire.review.editor';

  const state = {
    run: null,          // /api/run
    filtered: [],       // rows shown in the overview, and the order j/k walks in the article view
    selected: 0,        // selected overview row
    view: null,         // /api/article of the open article
    decisions: new Map(), // decision key -> latest decision of the open article
    chips: [],          // focusable tag and label chips, in focus order
    focus: -1,
    vocabulary: null,
    options: [],        // autocomplete options shown
    option: -1,
  };

  const $ = (id) => document.getElementById(id);

  /** Builds an element; string children become text nodes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'dataset') Object.assign(node.dataset, v);
        else if (k === 'text') node.textContent = v;
        else if (k === 'onclick') node.addEventListener('click', v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function status(message, kind) {
    const bar = $('status');
    bar.textContent = message;
    bar.className = 'statusbar' + (kind ? ' ' + kind : '');
  }

  function keyOf(scope, name) {
    return (scope === TOPIC || scope === REGION ? scope : 'tag') + '\u0000' + String(name).trim().toLowerCase();
  }

  function safeHref(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function fmt(x) {
    return typeof x === 'number' ? x.toFixed(2) : '';
  }

  // ---- server ------------------------------------------------------------------------------

  async function getJson(url) {
    const res = await fetch(url, { credentials: 'same-origin' });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || res.status + ' ' + res.statusText);
    return body;
  }

  async function postDecisions(list) {
    const res = await fetch('/api/decisions', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Tagwire-Token': TOKEN },
      body: JSON.stringify(list),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || res.status + ' ' + res.statusText);
    return body;
  }

  // ---- run overview ------------------------------------------------------------------------

  function loadFilters() {
    try {
      return JSON.parse(sessionStorage.getItem(FILTERS_KEY)) || {};
    } catch (e) {
      return {};
    }
  }

  function saveFilters() {
    const f = { section: $('f-section').value, region: $('f-region').value, status: $('f-status').value, text: $('f-text').value };
    sessionStorage.setItem(FILTERS_KEY, JSON.stringify(f));
    return f;
  }

  function fillSelect(select, values, chosen) {
    while (select.options.length > 1) select.remove(1);
    for (const v of values) select.append(el('option', { value: v }, v));
    select.value = values.includes(chosen) ? chosen : '';
  }

  function renderFigures() {
    const box = clear($('run-figures'));
    const run = state.run;
    const s = run.summary;
    const fig = (label, value, title) => el('span', { class: 'figure', title: title || null }, el('b', null, String(value)), ' ' + label);
    box.append(el('span', { class: 'run-id', title: 'run id' }, s ? s.runId : run.runFolder));
    if (s && s.records) {
      box.append(fig('read', s.records.read), fig('enriched', s.records.enriched),
        fig('dead letters', s.records.deadLettered), fig('duplicates dropped', s.records.duplicatesDropped),
        fig('near duplicates', s.records.nearDuplicatesFlagged));
      if (typeof s.wallSeconds === 'number') box.append(fig('s', s.wallSeconds.toFixed(1), 'wall time of the run'));
    } else {
      box.append(fig('articles', run.articles.length), fig('dead letters', run.deadLetters));
    }
    const done = run.articles.filter((r) => r.status === 'reviewed').length;
    box.append(el('span', { class: 'figure progress', id: 'progress' }, el('b', null, done + '/' + run.articles.length), ' reviewed'));
  }

  function filterRows() {
    const f = saveFilters();
    const text = f.text.trim().toLowerCase();
    state.filtered = state.run.articles.filter((r) =>
      (!f.section || r.section === f.section) &&
      (!f.region || r.regions.includes(f.region)) &&
      (!f.status || r.status === f.status) &&
      (!text || String(r.title || '').toLowerCase().includes(text) || r.id.toLowerCase().includes(text)));
  }

  function applyFilters() {
    filterRows();
    state.selected = Math.min(state.selected, Math.max(0, state.filtered.length - 1));
    renderRows();
  }

  function statusBadge(s) {
    return el('span', { class: 'status-badge ' + s }, s === 'in-progress' ? 'in progress' : s);
  }

  function renderRows() {
    const tbody = clear(document.querySelector('#articles tbody'));
    state.filtered.forEach((r, i) => {
      const flags = [];
      if (r.duplicateOf) flags.push(el('span', { class: 'flag dup', title: 'duplicate of ' + r.duplicateOf }, 'duplicate'));
      if (r.related) flags.push(el('span', { class: 'flag', title: 'related links' }, r.related + ' related'));
      const tr = el('tr', { class: i === state.selected ? 'selected' : null, dataset: { id: r.id }, 'aria-selected': i === state.selected ? 'true' : 'false' },
        el('td', null, statusBadge(r.status)),
        el('td', { class: 'headline' }, el('a', { href: '#/a/' + encodeURIComponent(r.id) }, r.title || '(no headline)'), el('small', null, r.id)),
        el('td', null, r.section ? el('span', { title: r.sectionPredicted ? 'predicted topic' : 'editors\' section' }, r.section + (r.sectionPredicted ? ' *' : '')) : ''),
        el('td', null, r.regions.join(', ')),
        el('td', { class: 'num' }, String(r.primary)),
        el('td', { class: 'num' }, String(r.significant)),
        el('td', { class: 'decisions' },
          r.accepted ? el('span', { class: 'acc' }, '\u2713' + r.accepted) : '',
          r.rejected ? el('span', { class: 'rej' }, '\u2717' + r.rejected) : '',
          r.added ? el('span', { class: 'add' }, '+' + r.added) : ''),
        el('td', null, flags),
        el('td', { class: 'date' }, r.published ? String(r.published).slice(0, 10) : ''));
      tr.addEventListener('click', (e) => {
        if (e.target.closest('a')) return;
        openArticle(r.id);
      });
      tbody.append(tr);
    });
    $('f-count').textContent = state.filtered.length + ' of ' + state.run.articles.length + ' articles';
    const sel = tbody.children[state.selected];
    if (sel) sel.scrollIntoView({ block: 'nearest' });
  }

  function moveSelection(delta) {
    if (!state.filtered.length) return;
    state.selected = Math.max(0, Math.min(state.filtered.length - 1, state.selected + delta));
    renderRows();
  }

  async function loadRun() {
    state.run = await getJson('/api/run');
    const f = loadFilters();
    fillSelect($('f-section'), state.run.sections, f.section);
    fillSelect($('f-region'), state.run.regions, f.region);
    $('f-status').value = f.status || '';
    $('f-text').value = f.text || '';
    const editor = $('editor');
    if (!editor.value) editor.value = localStorage.getItem(EDITOR_KEY) || state.run.editor || '';
    renderFigures();
    filterRows();
  }

  async function showOverview() {
    $('article').hidden = true;
    $('overview').hidden = false;
    document.title = 'Tagwire review';
    await loadRun();
    const openId = state.view ? state.view.article.id : null;
    const i = openId ? state.filtered.findIndex((r) => r.id === openId) : -1;
    if (i >= 0) state.selected = i;
    state.view = null;
    applyFilters();
  }

  // ---- article view ------------------------------------------------------------------------

  function openArticle(id) {
    location.hash = '#/a/' + encodeURIComponent(id);
  }

  /** Text with entity mentions as <mark>s; spans are [begin, end) UTF-16 offsets, as JS strings index. */
  function highlighted(text, spans) {
    const frag = document.createDocumentFragment();
    const sorted = spans
      .filter((s) => Number.isInteger(s.begin) && Number.isInteger(s.end) && s.begin >= 0 && s.end > s.begin && s.end <= text.length)
      .sort((a, b) => a.begin - b.begin || b.end - a.end);
    let at = 0;
    for (const s of sorted) {
      if (s.begin < at) continue; // overlapping mention: the earlier, longer one is shown
      if (s.begin > at) frag.append(document.createTextNode(text.slice(at, s.begin)));
      const type = ENTITY_TYPES.includes(s.type) ? s.type : 'MISC';
      frag.append(el('mark', { class: 'ent ent-' + type, title: s.name + ' \u00b7 ' + type }, text.slice(s.begin, s.end)));
      at = s.end;
    }
    if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
    return frag;
  }

  function spansOf(entities, field) {
    const out = [];
    for (const e of entities) {
      for (const sp of e[field] || []) {
        if (Array.isArray(sp) && sp.length === 2) out.push({ begin: sp[0], end: sp[1], type: e.type, name: e.name });
      }
    }
    return out;
  }

  function decisionText(d) {
    if (!d) return '';
    if (d.decision === 'rejected') return 'rejected: ' + d.reason;
    return d.decision;
  }

  function decisionClass(d) {
    if (!d) return '';
    return d.decision === 'rejected' ? 'rejected ' + d.reason : d.decision;
  }

  function scoreBar(score) {
    const fill = el('span', { class: 'fill' });
    fill.style.width = Math.round(Math.max(0, Math.min(1, score || 0)) * 100) + '%';
    return el('span', { class: 'bar', title: 'score ' + fmt(score) }, el('span', { class: 'track' }, fill), el('span', { class: 'score' }, fmt(score)));
  }

  function actionButtons() {
    return el('span', { class: 'actions' },
      el('button', { type: 'button', tabindex: '-1', class: 'act-accept', dataset: { act: 'a' }, title: 'Accept (a)' }, '\u2713'),
      el('button', { type: 'button', tabindex: '-1', class: 'act-wrong', dataset: { act: 'r' }, title: 'Reject: wrong (r)' }, '\u2717'),
      el('button', { type: 'button', tabindex: '-1', class: 'act-marginal', dataset: { act: 'm' }, title: 'Reject: marginal (m)' }, '~'));
  }

  function tagChip(t, scope) {
    const chip = el('div', {
      class: 'chip tag band-' + (t.band || 'added'), tabindex: '0', role: 'group',
      dataset: { scope: scope, name: t.tag, type: t.type || '', band: t.band || '' },
    },
    el('div', { class: 'chip-head' },
      el('span', { class: 'tag-name', title: t.tag }, t.tag),
      t.type ? el('span', { class: 'tag-type' }, t.type) : '',
      t.band ? el('span', { class: 'known ' + (t.known ? 'yes' : 'no'), title: t.known ? 'in the vocabulary' : 'not in the vocabulary yet' }, t.known ? 'vocab' : 'new') : '',
      el('span', { class: 'decision' }),
      actionButtons()),
    t.band ? scoreBar(t.score) : '',
    t.band ? el('div', { class: 'why' }, el('span', { class: 'source' }, t.source || ''), (t.reasons || []).length ? ' \u00b7 ' + t.reasons.join(' \u00b7 ') : '') : '');
    chip.setAttribute('aria-label', t.tag + (t.band ? ', ' + t.band + ', score ' + fmt(t.score) : ', added'));
    return chip;
  }

  function labelChip(l, scope) {
    const chip = el('div', { class: 'chip label', tabindex: '0', role: 'group', dataset: { scope: scope, name: l.label } },
      el('div', { class: 'chip-head' },
        el('span', { class: 'tag-name', title: l.label }, l.label),
        el('span', { class: 'decision' }),
        actionButtons()),
      typeof l.score === 'number' ? scoreBar(l.score) : '',
      (l.evidence || []).length ? el('div', { class: 'why' }, 'evidence: ' + l.evidence.join(', ')) : '');
    chip.setAttribute('aria-label', (scope === TOPIC ? 'topic ' : 'region ') + l.label);
    return chip;
  }

  function refreshChip(chip) {
    const d = state.decisions.get(keyOf(chip.dataset.scope, chip.dataset.name));
    chip.classList.remove('accepted', 'rejected', 'wrong', 'marginal', 'added');
    if (d) for (const c of decisionClass(d).split(' ')) chip.classList.add(c);
    const badge = chip.querySelector('.decision');
    badge.textContent = decisionText(d);
    badge.title = d ? (d.editor || '') + ' ' + (d.time || '') : '';
  }

  function renderArticle() {
    const v = state.view;
    const a = v.article;
    state.decisions = new Map(v.decisions.map((d) => [keyOf(d.tagType, d.tag), d]));
    document.title = (a.title || a.id) + ' \u2014 Tagwire review';

    const flags = clear($('a-flags'));
    if (a.duplicateOf) {
      flags.append(el('span', { class: 'flag dup' }, 'Duplicate of ',
        state.run.articles.some((r) => r.id === a.duplicateOf)
          ? el('a', { href: '#/a/' + encodeURIComponent(a.duplicateOf) }, a.duplicateOf)
          : a.duplicateOf));
    }
    if (a.language && a.language.code && a.language.code !== 'en') flags.append(el('span', { class: 'flag' }, 'language: ' + a.language.code));

    const title = clear($('a-title'));
    title.append(highlighted(a.title || '', spansOf(a.entities, 'titleSpans')));
    title.dataset.raw = a.title || '';

    const meta = clear($('a-meta'));
    const bits = [a.id];
    if (a.published) bits.push(a.published);
    if (a.source) bits.push(a.source);
    if (a.author) bits.push(a.author);
    if (a.editorLabels && a.editorLabels.section) bits.push('section: ' + a.editorLabels.section);
    meta.append(bits.join(' \u00b7 '));
    const href = safeHref(a.url);
    if (href) meta.append(' \u00b7 ', el('a', { href: href, target: '_blank', rel: 'noopener noreferrer' }, 'original'));

    const legend = clear($('a-legend'));
    const types = [...new Set(a.entities.map((e) => e.type))].filter((t) => ENTITY_TYPES.includes(t)).sort();
    for (const t of types) legend.append(el('mark', { class: 'ent ent-' + t }, t.toLowerCase()));

    const body = clear($('a-body'));
    body.append(highlighted(a.body || '', spansOf(a.entities, 'spans')));

    // Tags grouped by band; editor-added tags that no suggestion covers come last.
    const groups = clear($('tag-groups'));
    const suggested = new Set();
    for (const band of BANDS) {
      const tags = a.suggestedTags.filter((t) => t.band === band);
      if (!tags.length) continue;
      const box = el('section', { class: 'group' }, el('h3', null, band, el('span', { class: 'n' }, String(tags.length))));
      for (const t of tags) {
        suggested.add(keyOf('tag', t.tag));
        box.append(tagChip(t, 'tag'));
      }
      groups.append(box);
    }
    const added = v.decisions.filter((d) => d.decision === 'added' && keyOf(d.tagType, d.tag).startsWith('tag\u0000') && !suggested.has(keyOf('tag', d.tag)));
    const addedBox = el('section', { class: 'group', id: 'added-group' }, el('h3', null, 'added by editors'));
    for (const d of added) addedBox.append(tagChip({ tag: d.tag, type: d.tagType }, 'tag'));
    addedBox.hidden = added.length === 0;
    groups.append(addedBox);
    if (!a.suggestedTags.length) groups.prepend(el('p', { class: 'empty' }, 'No suggestions for this article.'));

    const labels = clear($('label-groups'));
    const labelBox = (name, list, scope) => {
      const box = el('section', { class: 'group labels' }, el('h3', null, name));
      const shown = new Set();
      for (const l of list) {
        shown.add(keyOf(scope, l.label));
        box.append(labelChip(l, scope));
      }
      for (const d of v.decisions) {
        if (d.tagType === scope && d.decision === 'added' && !shown.has(keyOf(scope, d.tag))) box.append(labelChip({ label: d.tag }, scope));
      }
      if (box.children.length === 1) box.append(el('p', { class: 'empty' }, 'none'));
      return box;
    };
    labels.append(labelBox('topics', a.topics, TOPIC), labelBox('regions', a.regions, REGION));

    const related = clear($('related'));
    for (const r of a.related) {
      const inRun = state.run.articles.some((x) => x.id === r.id);
      const link = inRun
        ? el('a', { href: '#/a/' + encodeURIComponent(r.id) }, r.title || r.id)
        : safeHref(r.url) ? el('a', { href: safeHref(r.url), target: '_blank', rel: 'noopener noreferrer' }, r.title || r.id) : el('span', null, r.title || r.id);
      related.append(el('li', null, link, ' ', el('span', { class: 'score' }, fmt(r.score)),
        (r.shared || []).length ? el('div', { class: 'why' }, 'shared: ' + r.shared.join(', ')) : ''));
    }
    if (!a.related.length) related.append(el('li', { class: 'empty' }, 'none'));

    state.chips = [...document.querySelectorAll('#article .chip')];
    state.chips.forEach(refreshChip);
    updateNav();
  }

  function updateNav() {
    const v = state.view;
    const i = state.filtered.findIndex((r) => r.id === v.article.id);
    $('position').textContent = i >= 0 ? (i + 1) + ' / ' + state.filtered.length : 'not in the filtered list';
    $('prev').disabled = i <= 0;
    $('next').disabled = i < 0 || i >= state.filtered.length - 1;
    const st = $('a-status');
    st.className = 'status-badge ' + v.status;
    st.textContent = v.status === 'in-progress' ? 'in progress' : v.status;
  }

  async function showArticle(id) {
    if (!state.run) await loadRun();
    $('overview').hidden = true;
    $('article').hidden = false;
    closeAdd();
    try {
      state.view = await getJson('/api/article?id=' + encodeURIComponent(id));
    } catch (e) {
      status(e.message, 'error');
      return;
    }
    renderArticle();
    const firstOpen = state.chips.findIndex((c) => c.classList.contains('tag') && !state.decisions.has(keyOf(c.dataset.scope, c.dataset.name)));
    focusChip(firstOpen >= 0 ? firstOpen : 0);
    window.scrollTo(0, 0);
  }

  function stepArticle(delta) {
    const i = state.filtered.findIndex((r) => r.id === state.view.article.id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= state.filtered.length) {
      status(delta > 0 ? 'Last article of the list' : 'First article of the list');
      return;
    }
    state.selected = j;
    openArticle(state.filtered[j].id);
  }

  function focusChip(i) {
    if (!state.chips.length) return;
    state.focus = Math.max(0, Math.min(state.chips.length - 1, i));
    state.chips[state.focus].focus({ preventScroll: false });
  }

  function focusedChip() {
    const c = document.activeElement && document.activeElement.closest ? document.activeElement.closest('.chip') : null;
    return c && state.chips.includes(c) ? c : null;
  }

  // ---- decisions -----------------------------------------------------------------------------

  function editorName() {
    const v = $('editor').value.trim();
    return v || null;
  }

  async function decide(chips, decision, reason) {
    if (!chips.length) return;
    const a = state.view.article;
    const list = chips.map((c) => ({
      articleId: a.id, tag: c.dataset.name, decision: decision, reason: reason || null,
      tagType: c.dataset.scope === 'tag' ? (c.dataset.type || null) : c.dataset.scope, editor: editorName(),
    }));
    chips.forEach((c) => c.classList.add('saving'));
    status('Saving\u2026');
    try {
      const saved = await postDecisions(list);
      for (const d of saved) state.decisions.set(keyOf(d.tagType, d.tag), d);
      state.view.decisions = [...state.decisions.values()];
      chips.forEach(refreshChip);
      state.view.status = reviewStatus();
      updateNav();
      const names = saved.map((d) => '\u201c' + d.tag + '\u201d').join(', ');
      status((decision === 'rejected' ? 'Rejected (' + reason + ')' : decision === 'added' ? 'Added' : 'Accepted') + ' ' + names, 'ok');
    } catch (e) {
      status('Not saved: ' + e.message, 'error');
    } finally {
      chips.forEach((c) => c.classList.remove('saving'));
    }
  }

  function reviewStatus() {
    if (!state.decisions.size) return 'unreviewed';
    const open = state.view.article.suggestedTags.some((t) => (t.band === 'primary' || t.band === 'significant') && !state.decisions.has(keyOf('tag', t.tag)));
    return open ? 'in-progress' : 'reviewed';
  }

  function decideFocused(decision, reason) {
    const chip = focusedChip();
    if (!chip) {
      status('Focus a tag first (arrow keys or Tab)');
      return;
    }
    const i = state.chips.indexOf(chip);
    decide([chip], decision, reason);
    if (i < state.chips.length - 1) focusChip(i + 1);
  }

  function acceptAllPrimary() {
    const chips = state.chips.filter((c) => c.dataset.band === 'primary' && !state.decisions.has(keyOf('tag', c.dataset.name)));
    if (!chips.length) {
      status('No primary tag left without a decision');
      return;
    }
    decide(chips, 'accepted', null);
  }

  // ---- add a tag ----------------------------------------------------------------------------

  async function openAdd() {
    const form = $('add-form');
    form.hidden = false;
    const input = $('add-input');
    input.value = '';
    input.focus();
    if (!state.vocabulary) {
      try {
        state.vocabulary = await getJson('/api/vocabulary');
      } catch (e) {
        state.vocabulary = [];
        status('No vocabulary: ' + e.message, 'error');
      }
    }
    suggest();
  }

  function closeAdd() {
    $('add-form').hidden = true;
    $('add-options').hidden = true;
    $('add-input').setAttribute('aria-expanded', 'false');
  }

  function candidates(kind) {
    if (kind === TOPIC) return state.run.sections.map((s) => ({ tag: s }));
    if (kind === REGION) return state.run.regions.map((s) => ({ tag: s }));
    return state.vocabulary || [];
  }

  function suggest() {
    const q = $('add-input').value.trim().toLowerCase();
    const kind = $('add-kind').value;
    const ranked = [];
    for (const c of candidates(kind)) {
      const names = [c.tag, ...(c.aliases || [])].map((n) => n.toLowerCase());
      let rank = -1;
      if (!q) rank = 2;
      else if (names.some((n) => n.startsWith(q))) rank = 0;
      else if (names.some((n) => n.includes(q))) rank = 1;
      if (rank >= 0) ranked.push([rank, c]);
    }
    ranked.sort((x, y) => x[0] - y[0] || x[1].tag.localeCompare(y[1].tag));
    state.options = ranked.slice(0, 8).map((r) => r[1]);
    state.option = state.options.length && q ? 0 : -1;
    renderOptions();
  }

  function renderOptions() {
    const list = clear($('add-options'));
    state.options.forEach((c, i) => {
      const li = el('li', { role: 'option', id: 'add-option-' + i, class: i === state.option ? 'active' : null, 'aria-selected': i === state.option ? 'true' : 'false' },
        el('span', { class: 'tag-name' }, c.tag), c.type ? el('span', { class: 'tag-type' }, c.type) : '',
        (c.aliases || []).length ? el('small', null, c.aliases.join(', ')) : '');
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        state.option = i;
        submitAdd();
      });
      list.append(li);
    });
    list.hidden = state.options.length === 0;
    const input = $('add-input');
    input.setAttribute('aria-expanded', state.options.length ? 'true' : 'false');
    if (state.option >= 0) input.setAttribute('aria-activedescendant', 'add-option-' + state.option);
    else input.removeAttribute('aria-activedescendant');
  }

  async function submitAdd() {
    const kind = $('add-kind').value;
    const typed = $('add-input').value.trim();
    const choice = state.option >= 0 ? state.options[state.option] : null;
    const name = choice ? choice.tag : typed;
    if (!name) {
      status('Type a tag to add');
      return;
    }
    const a = state.view.article;
    const type = kind === 'tag' ? (choice && choice.type) || null : kind;
    status('Saving\u2026');
    try {
      await postDecisions([{ articleId: a.id, tag: name, decision: 'added', reason: null, tagType: type, editor: editorName() }]);
      closeAdd();
      state.view = await getJson('/api/article?id=' + encodeURIComponent(a.id));
      renderArticle();
      const i = state.chips.findIndex((c) => keyOf(c.dataset.scope, c.dataset.name) === keyOf(kind, name));
      focusChip(i >= 0 ? i : 0);
      status('Added \u201c' + name + '\u201d', 'ok');
    } catch (e) {
      status('Not saved: ' + e.message, 'error');
    }
  }

  // ---- keyboard ------------------------------------------------------------------------------

  function toggleHelp(show) {
    const help = $('help');
    help.hidden = show === undefined ? !help.hidden : !show;
  }

  function onAddKey(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!state.options.length) return;
      const n = state.options.length;
      state.option = ((state.option < 0 ? (e.key === 'ArrowDown' ? -1 : 0) : state.option) + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
      renderOptions();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closeAdd();
      focusChip(state.focus);
    }
  }

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    const typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
    if (typing) {
      if (e.key === 'Escape') t.blur();
      return;
    }
    if (e.key === '?') {
      toggleHelp();
      return;
    }
    if (e.key === 'Escape' && !$('help').hidden) {
      toggleHelp(false);
      return;
    }
    if (!$('overview').hidden) {
      onOverviewKey(e);
    } else if (!$('article').hidden && state.view) {
      onArticleKey(e);
    }
  }

  function onOverviewKey(e) {
    switch (e.key) {
      case 'j': case 'ArrowDown': e.preventDefault(); moveSelection(1); break;
      case 'k': case 'ArrowUp': e.preventDefault(); moveSelection(-1); break;
      case 'Enter': case 'o':
        if (state.filtered[state.selected]) {
          e.preventDefault();
          openArticle(state.filtered[state.selected].id);
        }
        break;
      case '/': e.preventDefault(); $('f-text').focus(); break;
      default:
    }
  }

  function onArticleKey(e) {
    const chip = focusedChip();
    const i = chip ? state.chips.indexOf(chip) : state.focus;
    switch (e.key) {
      case 'j': e.preventDefault(); stepArticle(1); break;
      case 'k': e.preventDefault(); stepArticle(-1); break;
      case 'ArrowDown': case 'ArrowRight': e.preventDefault(); focusChip(i + 1); break;
      case 'ArrowUp': case 'ArrowLeft': e.preventDefault(); focusChip(i - 1); break;
      case 'a': e.preventDefault(); decideFocused('accepted', null); break;
      case 'r': e.preventDefault(); decideFocused('rejected', 'wrong'); break;
      case 'm': e.preventDefault(); decideFocused('rejected', 'marginal'); break;
      case 'A': e.preventDefault(); acceptAllPrimary(); break;
      case '/': e.preventDefault(); openAdd(); break;
      case 'o': case 'Escape': e.preventDefault(); location.hash = '#/'; break;
      default:
    }
  }

  // ---- wiring --------------------------------------------------------------------------------

  function route() {
    toggleHelp(false);
    const h = location.hash;
    if (h.startsWith('#/a/')) {
      showArticle(decodeURIComponent(h.slice(4))).catch((e) => status(e.message, 'error'));
    } else {
      showOverview().catch((e) => status(e.message, 'error'));
    }
  }

  function init() {
    document.addEventListener('keydown', onKey);
    window.addEventListener('hashchange', route);
    for (const id of ['f-section', 'f-region', 'f-status']) {
      $(id).addEventListener('change', () => {
        state.selected = 0;
        applyFilters();
      });
    }
    $('f-text').addEventListener('input', () => {
      state.selected = 0;
      applyFilters();
    });
    $('filters').addEventListener('submit', (e) => {
      e.preventDefault();
      if (state.filtered[state.selected]) openArticle(state.filtered[state.selected].id);
    });
    $('editor').addEventListener('change', () => localStorage.setItem(EDITOR_KEY, $('editor').value.trim()));
    $('help-button').addEventListener('click', () => toggleHelp());
    $('prev').addEventListener('click', () => stepArticle(-1));
    $('next').addEventListener('click', () => stepArticle(1));
    $('add-input').addEventListener('input', suggest);
    $('add-input').addEventListener('keydown', onAddKey);
    $('add-kind').addEventListener('change', () => {
      suggest();
      $('add-input').focus();
    });
    $('add-form').addEventListener('submit', (e) => {
      e.preventDefault();
      submitAdd();
    });
    document.addEventListener('focusin', (e) => {
      const c = e.target.closest ? e.target.closest('.chip') : null;
      if (c && state.chips.includes(c)) state.focus = state.chips.indexOf(c);
    });
    document.addEventListener('click', (e) => {
      const b = e.target.closest ? e.target.closest('.chip button[data-act]') : null;
      if (!b) return;
      const chip = b.closest('.chip');
      chip.focus();
      const act = b.dataset.act;
      decideFocused(act === 'a' ? 'accepted' : 'rejected', act === 'r' ? 'wrong' : act === 'm' ? 'marginal' : null);
    });
    route();
  }

  init();
})();
