// Page-wide behaviour: the menu toggle, dismissible notices, confirmations, tags and copy buttons.
import { TEXT } from './text';

// ---------------------------------------------------------------------------------------------------------------------
// Menu toggle

export function initMenuToggle() {
  const button = document.querySelector('[data-menu-toggle]');
  const menu = button && document.getElementById(button.getAttribute('aria-controls') || '');
  if (!button || !menu) {
    return;
  }

  const setOpen = (open) => {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    menu.classList.toggle('is-open', open);
  };

  // The collapsed state exists only while this script runs (html.js); without it the menu is always shown.
  setOpen(false);
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && button.offsetParent !== null) {
      setOpen(false);
      button.focus();
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Notices

export function initNotices(root) {
  root.querySelectorAll('[data-notice-close]').forEach((button) => {
    const notice = button.closest('.notice');
    if (!notice || button.dataset.ready) {
      return;
    }
    button.dataset.ready = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      const list = notice.parentElement;
      notice.remove();
      // Keep the keyboard focus in the page: the next notice's close button, else the main content.
      const next = list && list.querySelector('[data-notice-close]');
      if (next) {
        next.focus();
        return;
      }
      if (list && list.classList.contains('notices') && list.children.length === 0) {
        list.remove();
      }
      const main = document.getElementById('main');
      if (main) {
        main.focus();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Confirmation before submitting (delete forms)

export function initConfirm() {
  // Capturing on the document runs before any submit handler on the form itself (the editors' copy-back included).
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) {
        return;
      }
      const submitter = event.submitter;
      const message =
        (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
      if (message && !window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      } else if (message && !form.querySelector('input[name="confirmed"]')) {
        // Asked here: the server's own confirmation page (for browsers without this script) is skipped.
        const confirmed = document.createElement('input');
        confirmed.type = 'hidden';
        confirmed.name = 'confirmed';
        confirmed.value = 'true';
        form.appendChild(confirmed);
      }
    },
    true,
  );
}

// ---------------------------------------------------------------------------------------------------------------------
// Tags: a plain comma-separated input, tidied when the user leaves it ("a ,b,, a" -> "a, b").

export function normalizeTags(value) {
  const seen = new Set();
  const tags = [];
  value.split(',').forEach((raw) => {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase('vi');
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  });
  return tags.join(', ');
}

export function initTags(root) {
  root.querySelectorAll('input[data-tags]').forEach((input) => {
    if (input.dataset.ready) {
      return;
    }
    input.dataset.ready = 'true';
    input.addEventListener('change', () => {
      input.value = normalizeTags(input.value);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Copy buttons: <button data-copy-target="input-id" hidden> copies the input's value.

export function initCopyButtons(root) {
  root.querySelectorAll('[data-copy-target]').forEach((button) => {
    const input = document.getElementById(button.getAttribute('data-copy-target') || '');
    if (!input || button.dataset.ready) {
      return;
    }
    button.dataset.ready = 'true';
    button.hidden = false;
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    button.insertAdjacentElement('afterend', status);
    input.addEventListener('focus', () => input.select());

    let timer = 0;
    const done = (message) => {
      button.textContent = message === TEXT.copied ? TEXT.copied : TEXT.copy;
      status.textContent = message;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = TEXT.copy;
        status.textContent = '';
      }, 2500);
    };
    const fallback = () => {
      input.focus();
      input.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (error) {
        ok = false;
      }
      done(ok ? TEXT.copied : TEXT.copyFailed);
    };
    button.addEventListener('click', () => {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(() => done(TEXT.copied), fallback);
      } else {
        fallback();
      }
    });
  });
}
