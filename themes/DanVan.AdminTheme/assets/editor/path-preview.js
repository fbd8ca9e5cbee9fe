// The address an item will get, under the path input, updated as the title is typed. The server works it out
// (its Slugifier and the type's pattern, made unique) so the script never has its own copy of the folding rules.

const PREFIX = 'Địa chỉ sẽ là: ';

export function initPathPreview(form) {
  const url = form.getAttribute('data-path-preview-url');
  const title = form.querySelector('#Title');
  const path = form.querySelector('#Path');
  if (!url || !title || !path) {
    return;
  }
  const preview = document.createElement('p');
  preview.className = 'field-hint path-preview';
  preview.setAttribute('aria-live', 'polite');
  preview.setAttribute('data-path-preview', '');
  const field = path.closest('.form-field') || path.parentElement;
  field.appendChild(preview);
  const base = (form.getAttribute('data-path-preview-url') || '').replace(/admin\/contents\/path-preview$/, '');

  let timer = 0;
  let asked = 0;
  const show = (address) => {
    preview.textContent = address ? PREFIX + address : '';
  };
  const update = () => {
    window.clearTimeout(timer);
    const typed = path.value.trim().replace(/^\/+|\/+$/g, '').toLowerCase();
    if (typed) {
      show(base + typed);
      return;
    }
    if (!title.value.trim()) {
      show('');
      return;
    }
    timer = window.setTimeout(() => {
      const query = new URLSearchParams({
        type: form.getAttribute('data-content-type') || '',
        title: title.value,
        id: form.getAttribute('data-content-id') || '',
      });
      const ticket = ++asked;
      fetch(`${url}?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then((response) => (response.ok ? response.json() : null))
        .then((body) => {
          if (ticket === asked && body) {
            show(body.url || '');
          }
        })
        .catch(() => {
          // Offline or signed out: the preview just stays as it was.
        });
    }, 250);
  };
  title.addEventListener('input', update);
  path.addEventListener('input', update);
  form.addEventListener('danvan:restored', update);
  update();
}
