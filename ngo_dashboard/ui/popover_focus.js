// Keyboard reach of Streamlit's popovers (the filters button, the Overview's citation). Streamlit
// 1.67 draws an open popover's body at the end of the document and leaves focus on its button, so
// Tab went on to the page and never reached the filters. Here they behave as if the body came right
// after its button: Tab from the open button enters the body (on the first open, once its widgets'
// code has come and they are drawn); Shift+Tab from the body's first control goes back to the
// button; Tab from its last closes it and goes on after the button; Escape closes it and gives
// focus back to the button. Static: no data ever reaches this script.
// NOTE: no "less than" sign anywhere in this file: Streamlit's HTML sanitiser drops the element.
(() => {
  if (window.__ngoPopoverFocus) return; // st.html runs it again when the language changes
  window.__ngoPopoverFocus = true;
  const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), '
    + 'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
  const tabbables = (root) => [...root.querySelectorAll(TABBABLE)]
    .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden');
  const WAIT_MS = 3000; // then the Tab is given up: focus stays on the button
  const focusFirstWhenDrawn = (button, body, start = performance.now()) => {
    if (document.activeElement !== button || !body.isConnected) return; // the reader moved on
    const inside = tabbables(body);
    if (inside.length) {
      inside[0].focus();
    } else if (WAIT_MS > performance.now() - start) {
      requestAnimationFrame(() => focusFirstWhenDrawn(button, body, start));
    }
  };
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const button = document.querySelector('[data-testid=stPopoverButton][aria-expanded=true]');
    const body = document.querySelector('[data-testid=stPopoverBody]');
    if (!button || !body) return;
    const active = document.activeElement;
    if (event.key === 'Escape' && body.contains(active)) {
      if (active.getAttribute('aria-expanded') === 'true') return; // a list of options closes first
      event.preventDefault();
      button.click();
      button.focus();
      return;
    }
    if (event.key !== 'Tab') return;
    const inside = tabbables(body);
    if (!inside.length) {
      // Just opened: Streamlit is still fetching the widgets' code. Hold the Tab for them.
      if (active === button && !event.shiftKey) {
        event.preventDefault();
        focusFirstWhenDrawn(button, body);
      }
      return;
    }
    let target = null;
    if (active === button && !event.shiftKey) {
      target = inside[0];
    } else if (active === inside[0] && event.shiftKey) {
      target = button;
    } else if (active === inside[inside.length - 1] && !event.shiftKey) {
      const page = tabbables(document).filter((el) => !body.contains(el));
      target = page[page.indexOf(button) + 1] || null;
      button.click();
    }
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }, true);
})();
