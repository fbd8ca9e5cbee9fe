// The content editor's copy in the browser (localStorage), so work survives a closed tab, a crash or a lost sign-in:
// saved a moment after each change, keyed by tenant, type and item ("new" before the first save), dropped when the
// server has saved it. Coming back to an editor whose copy is newer than the item offers to restore it.

const TEXT = {
  found: (when) => `Có một bản đang soạn dở chưa được lưu (lúc ${when}).`,
  restore: 'Khôi phục bản đang soạn dở',
  discard: 'Bỏ bản này',
  restored: 'Đã khôi phục bản đang soạn dở. Bấm “Lưu nháp” để lưu lên máy chủ.',
};

/** Inputs that are not the item's content: the token, the concurrency stamp, the buttons. */
const SKIPPED = new Set(['__RequestVerificationToken', 'Stamp', 'submit']);

function pad(n) {
  return String(n).padStart(2, '0');
}

function formatTime(ms) {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The form's content as [name, value] pairs, in document order. */
export function formValues(form) {
  const values = [];
  new FormData(form).forEach((value, name) => {
    if (!SKIPPED.has(name) && typeof value === 'string') {
      values.push([name, value]);
    }
  });
  return values;
}

export function sameValues(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function storageKey(form) {
  // "/hoa-an/admin/contents/…" → "/hoa-an": one tenant's drafts never show in another's editor.
  const tenant = window.location.pathname.split('/admin/')[0];
  return `danvan-draft:${tenant}:${form.getAttribute('data-draft-key')}`;
}

function read(key) {
  try {
    const draft = JSON.parse(window.localStorage.getItem(key) || 'null');
    return draft && Array.isArray(draft.values) && typeof draft.savedAt === 'number' ? draft : null;
  } catch (error) {
    return null;
  }
}

function apply(form, values) {
  const byName = new Map();
  values.forEach(([name, value]) => {
    if (!byName.has(name)) {
      byName.set(name, []);
    }
    byName.get(name).push(value);
  });
  Array.from(form.elements).forEach((el) => {
    if (!el.name || SKIPPED.has(el.name) || !byName.has(el.name)) {
      if (el.type === 'checkbox' && el.name && !SKIPPED.has(el.name)) {
        el.checked = false;
      }
      return;
    }
    const list = byName.get(el.name);
    if (el.type === 'checkbox' || el.type === 'radio') {
      el.checked = list.indexOf(el.value) >= 0;
    } else if (el.tagName === 'SELECT') {
      Array.from(el.options).forEach((option) => {
        option.selected = list.indexOf(option.value) >= 0;
      });
    } else {
      el.value = list[0];
    }
    // The HTML editors and the date echoes show the new value.
    el.dispatchEvent(new CustomEvent('danvan:value-set'));
  });
  form.dispatchEvent(new CustomEvent('danvan:restored'));
}

/** Starts autosaving form; returns { clear } to drop the copy once the server has the content. */
export function initAutosave(form, onRestored) {
  const key = storageKey(form);
  const modified = Number(form.getAttribute('data-modified')) || 0;
  const initial = formValues(form);
  const draft = read(key);

  if (draft && (draft.savedAt <= modified || sameValues(draft.values, initial))) {
    // The server has this or something newer.
    window.localStorage.removeItem(key);
  } else if (draft) {
    offer(form, draft, () => {
      apply(form, draft.values);
      onRestored();
    }, () => window.localStorage.removeItem(key));
  }

  let timer = 0;
  const save = () => {
    window.clearTimeout(timer);
    const values = formValues(form);
    try {
      if (sameValues(values, initial)) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), values }));
      }
    } catch (error) {
      // Full or private storage: nothing to do but keep going.
    }
  };
  const later = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 800);
  };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  // Leaving the page (closing, reloading) writes at once what the timer had not written yet.
  window.addEventListener('pagehide', () => {
    if (timer) {
      save();
    }
  });

  return {
    saveNow: save,
    clear() {
      window.clearTimeout(timer);
      timer = 0;
      window.localStorage.removeItem(key);
    },
  };
}

function offer(form, draft, onRestore, onDiscard) {
  const box = document.createElement('div');
  box.className = 'notice notice--warning draft-offer';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = TEXT.found(formatTime(draft.savedAt));
  const restore = document.createElement('button');
  restore.type = 'button';
  restore.className = 'btn btn--primary btn--small';
  restore.textContent = TEXT.restore;
  const discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'btn btn--small';
  discard.textContent = TEXT.discard;
  const actions = document.createElement('div');
  actions.className = 'draft-offer__actions';
  actions.append(restore, discard);
  box.append(text, actions);
  form.parentNode.insertBefore(box, form);
  restore.addEventListener('click', () => {
    onRestore();
    text.textContent = TEXT.restored;
    actions.remove();
    box.setAttribute('role', 'status');
  });
  discard.addEventListener('click', () => {
    onDiscard();
    box.remove();
  });
}
