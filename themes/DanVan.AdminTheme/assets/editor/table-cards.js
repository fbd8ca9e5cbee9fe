// Admin list tables become cards on narrow screens (admin.css, under 600 px): each cell is labelled with its
// column's heading, copied here from the table's <th> into data-label (shown by CSS before the cell's content).

export function initTableCards(root) {
  root.querySelectorAll('table.table').forEach((table) => {
    if (table.dataset.cardsReady) {
      return;
    }
    table.dataset.cardsReady = 'true';
    table.classList.add('table--cards');
    const headings = Array.from(table.querySelectorAll('thead th')).map((th) =>
      th.querySelector('.visually-hidden') ? '' : th.textContent.replace(/\s+/g, ' ').trim(),
    );
    table.querySelectorAll('tbody tr').forEach((row) => {
      Array.from(row.children).forEach((cell, i) => {
        if (headings[i] && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', headings[i]);
        }
      });
    });
  });
}
