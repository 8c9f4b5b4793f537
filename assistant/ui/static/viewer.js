// The readout viewer (js_on_load of its gr.HTML; Gradio provides `element`, `props`, `server` and `watch`).
//
// A click on anything linking to #ra-open/... (markers, sources, nearest passages, document titles) asks the
// server for that readout with the span marked, shows it, and scrolls the mark into view. On a narrow screen
// the viewer opens over the page (Close or Escape returns to the link). Markers show their quote, title and
// date (and the cited sentence's statement kind) in a tooltip on hover and on keyboard focus. "Copy answer"
// copies an answer and its sources. Timeline points are such links too: they open their whole readout.
const NARROW = '(max-width: 760px)';
const box = document.getElementById('ra-viewer') || element;
box.tabIndex = 0;  // a scrollable region must be reachable by keyboard
box.setAttribute('role', 'region');
box.setAttribute('aria-label', 'Readout viewer');
// the latest props/server win: the page may mount this component again
window.readoutViewer = Object.assign(window.readoutViewer || {}, { props, server, box });

const holdHeight = () => {
  // once the viewer has shown a readout it keeps that height in the page: emptied by a new question it must not
  // shorten the page under the reader (which would scroll the question box away); an overlay is not measured
  const box = window.readoutViewer.box;
  if (box.classList.contains('ra-overlay')) return;
  box.style.minHeight = `${Math.max(parseFloat(box.style.minHeight) || 0, box.offsetHeight)}px`;
};
window.readoutViewer.holdHeight = holdHeight;

const scrollToMark = (reveal) => {
  // scroll the viewer box so the mark sits in its upper third; `reveal` (a link was clicked) also brings the box
  // into the page's view, which a cleared viewer (a new question) must not do
  const box = window.readoutViewer.box;
  const m = box.querySelector('mark.ra-hl');
  box.scrollTop = 0;  // keep the readout's title in sight when the mark fits below it
  if (m) {
    const top = m.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top + m.offsetHeight > box.clientHeight - 12) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
  if (reveal && !box.classList.contains('ra-overlay')) box.scrollIntoView({ block: 'nearest' });
  holdHeight();
};
window.readoutViewer.scrollToMark = scrollToMark;
watch('value', () => requestAnimationFrame(() => scrollToMark(false)));

if (!window.readoutViewer.installed) {
  window.readoutViewer.installed = true;
  const state = window.readoutViewer;

  const closeOverlay = () => {
    if (!state.box.classList.contains('ra-overlay')) return;
    state.box.classList.remove('ra-overlay');
    document.body.classList.remove('ra-overlay-open');
    state.holdHeight();
    if (state.returnTo && document.contains(state.returnTo)) state.returnTo.focus();
  };
  const openOverlay = (link) => {
    state.returnTo = link;
    state.box.classList.add('ra-overlay');
    document.body.classList.add('ra-overlay-open');
    state.box.focus({ preventScroll: true });
  };

  const openLink = async (link) => {
    document.querySelectorAll('.ra-active').forEach((e) => e.classList.remove('ra-active'));
    link.classList.add('ra-active');
    if (window.matchMedia(NARROW).matches) openOverlay(link);
    try {
      state.props.value = await state.server.open_readout(link.getAttribute('href'));
    } catch (e) {
      state.props.value = '<div class="ra-error" role="alert">Could not open that readout. Try again.</div>';
    }
    requestAnimationFrame(() => requestAnimationFrame(() => state.scrollToMark(true)));
  };

  const copyAnswer = async (copy) => {
    const msg = copy.closest('.ra-answer');
    const part = msg ? msg.querySelector('.ra-copyable') : null;
    // the tooltips' text and the words kept for screen readers are not part of the answer
    const tips = part ? Array.from(part.querySelectorAll('.ra-tip, .ra-sr')) : [];
    tips.forEach((t) => { t.hidden = true; });
    const text = (part ? part.innerText : '').trim();
    tips.forEach((t) => { t.hidden = false; });
    try { await navigator.clipboard.writeText(text); copy.textContent = 'Copied'; }
    catch (e) { copy.textContent = 'Copy failed: select the text instead'; }
    setTimeout(() => { copy.textContent = 'Copy answer'; }, 1500);
  };

  // Tab out of the overlay closes it, so the keyboard never works behind a covered page
  document.addEventListener('focusin', (ev) => {
    if (state.box.classList.contains('ra-overlay') && ev.target instanceof Node && !state.box.contains(ev.target)) {
      state.returnTo = null;
      closeOverlay();
    }
  });

  document.addEventListener('click', (ev) => {
    const target = ev.target instanceof Element ? ev.target : null;
    if (!target) return;
    const copy = target.closest('.ra-copy');
    if (copy) { ev.preventDefault(); copyAnswer(copy); return; }
    if (target.closest('.ra-viewer-close')) { ev.preventDefault(); closeOverlay(); return; }
    const link = target.closest('a[href^="#ra-open/"]');
    if (!link) return;
    ev.preventDefault();
    ev.stopPropagation();
    hideTip();
    openLink(link);
  }, true);

  // ------------------------------------------------------------ marker tooltips (hover and keyboard focus)
  const tip = document.createElement('div');
  tip.id = 'ra-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  let tipFor = null;

  function hideTip() { tip.hidden = true; tipFor = null; }

  const place = (link) => {
    const r = link.getBoundingClientRect();
    // while the marker is scrolled out of sight the tooltip waits, unseen, for it to come back
    tip.style.visibility = r.bottom < 0 || r.top > window.innerHeight || r.width === 0 ? 'hidden' : 'visible';
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.min(Math.max(8, r.left + r.width / 2 - w / 2), window.innerWidth - w - 8);
    const below = r.bottom + 8 + h <= window.innerHeight;
    tip.style.left = `${Math.max(8, left)}px`;
    tip.style.top = `${below ? r.bottom + 8 : Math.max(8, r.top - h - 8)}px`;
  };

  const showTip = (link) => {
    const source = link.querySelector('.ra-tip');
    if (!source) return;
    const src = source.querySelector('.ra-tip-src');
    const quote = document.createElement('div');
    quote.className = 'ra-tooltip-quote';
    quote.textContent = source.firstChild ? source.firstChild.textContent.trim() : '';
    const from = document.createElement('div');
    from.className = 'ra-tooltip-src';
    from.textContent = src ? src.textContent : '';
    const kindTag = source.querySelector('.ra-kind');
    const kind = document.createElement('div');
    kind.className = 'ra-tooltip-kind';
    if (kindTag) kind.appendChild(kindTag.cloneNode(true));  // our own escaped markup: the cited sentence's kind
    tip.replaceChildren(quote, from, ...(kindTag ? [kind] : []));
    tip.hidden = false;
    tipFor = link;
    place(link);
  };

  const markerOf = (ev) => (ev.target instanceof Element ? ev.target.closest('a.ra-cite') : null);
  document.addEventListener('mouseover', (ev) => { const m = markerOf(ev); if (m && m !== tipFor) showTip(m); });
  document.addEventListener('mouseout', (ev) => {
    const m = markerOf(ev);
    if (m && m === tipFor && !(ev.relatedTarget instanceof Node && m.contains(ev.relatedTarget))
        && document.activeElement !== m) hideTip();
  });
  document.addEventListener('focusin', (ev) => { const m = markerOf(ev); if (m) showTip(m); else hideTip(); });
  document.addEventListener('focusout', (ev) => { if (markerOf(ev) === tipFor) hideTip(); });
  document.addEventListener('scroll', () => { if (tipFor) place(tipFor); }, true);  // follow the marker
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    if (!tip.hidden) hideTip();
    closeOverlay();
  });
}
