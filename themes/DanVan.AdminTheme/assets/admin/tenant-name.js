// The new tenant form: the technical name and the address prefix follow the display name as it is typed, until the
// person types in them. The server works the suggestion out (the platform's Vietnamese folding, đ → d), so the script
// has no copy of the rules; left empty, the server fills the name the same way.

export function initTenantNameSuggestion(root) {
  root.querySelectorAll('form[data-tenant-name-suggestion]').forEach((form) => {
    const url = form.getAttribute('data-tenant-name-suggestion');
    const display = form.querySelector('#DisplayName');
    const name = form.querySelector('#Name');
    const prefix = form.querySelector('#Prefix');
    const host = form.querySelector('#Host');
    if (!url || !display || !name) {
      return;
    }
    // A field keeps following only while it is empty or still holds the last suggestion.
    let suggested = { name: name.value, prefix: prefix ? prefix.value : '' };
    let asked = 0;
    let timer = 0;
    const update = async () => {
      const ask = ++asked;
      try {
        const response = await fetch(`${url}?displayName=${encodeURIComponent(display.value)}`, {
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
        });
        if (!response.ok || ask !== asked) {
          return;
        }
        const next = await response.json();
        if (name.value === '' || name.value === suggested.name) {
          name.value = next.name;
        }
        if (prefix && (!host || host.value.trim() === '') && (prefix.value === '' || prefix.value === suggested.prefix)) {
          prefix.value = next.prefix;
        }
        suggested = next;
      } catch {
        // No suggestion offline: the fields stay as typed and the server fills an empty name.
      }
    };
    display.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 200);
    });
  });
}
