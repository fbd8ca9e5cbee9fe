// DanVan.Theme — the little the public pages do with JavaScript. Without it every page still works:
// the main menu is simply shown, and the "copy link" button stays hidden.

// 1. Main menu: on narrow screens the list collapses behind the "☰ Chuyên mục" button.
//    The CSS only collapses it under html.has-js, which is set here, so the menu never hides without this script.
function initMenu() {
  const nav = document.querySelector('[data-main-nav]');
  const button = nav && nav.querySelector('[data-menu-toggle]');
  if (!nav || !button) {
    return;
  }

  const setOpen = (open) => {
    nav.classList.toggle('is-open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  };

  setOpen(false);
  document.documentElement.classList.add('has-js');

  button.addEventListener('click', () => {
    setOpen(button.getAttribute('aria-expanded') !== 'true');
  });

  // Escape closes the open menu and gives the focus back to its button.
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
}

// 2. "Sao chép liên kết": copies the page's address (data-copy-url) and says so in the status line beside it
//    (data-copy-status). The button, or its [data-copy-holder], is rendered hidden and shown here.
function copyWithSelection(text) {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.top = '0';
  field.style.left = '-9999px';
  document.body.appendChild(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  document.body.removeChild(field);
  return copied;
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions, an unfocused document): try the old way.
    }
  }
  return copyWithSelection(text);
}

function initCopyButtons() {
  document.querySelectorAll('[data-copy-url]').forEach((button) => {
    const status = button.parentElement && button.parentElement.querySelector('[data-copy-status]');
    let timer = 0;
    const say = (message) => {
      if (!status) {
        return;
      }
      window.clearTimeout(timer);
      status.textContent = message;
      timer = window.setTimeout(() => {
        status.textContent = '';
      }, 5000);
    };

    button.addEventListener('click', async () => {
      const url = button.getAttribute('data-copy-url') || window.location.href;
      if (await copyText(url)) {
        say('Đã sao chép liên kết.');
      } else {
        // Last resort: show the address so that the reader can copy it by hand.
        window.prompt('Sao chép liên kết của bài viết:', url);
      }
    });
    // Shown only now: without this script the button could not do anything.
    const holder = button.closest('[data-copy-holder]') || button;
    holder.hidden = false;
  });
}

function init() {
  initMenu();
  initCopyButtons();
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', init);
} else {
  init();
}
