// Dates typed day first (15/07/2026, 15/7/2026, 15-7-2026, 15072026, or ISO 2026-07-15) whatever the browser's
// language, echoed in words under the input as they are typed ("Thứ Tư, 15 tháng 7 năm 2026"). The server
// (VietnameseDate.cs) follows the same rules and decides what is stored; this is only the echo.

const DAY_NAMES = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const NOT_A_DATE = 'Chưa đúng dạng ngày/tháng/năm, ví dụ 15/07/2026.';

function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** { year, month, day } or null. */
export function parseVietnameseDate(text) {
  const value = String(text || '').trim();
  let match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(value);
  let day;
  let month;
  let year;
  if (match) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[3].length === 2) {
      year += 2000;
    }
  } else if ((match = /^(\d{2})(\d{2})(\d{4})$/.exec(value))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return null;
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

export function dateInWords(date) {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return `${DAY_NAMES[weekday]}, ${date.day} tháng ${date.month} năm ${date.year}`;
}

/** The words for an input's text: a date-and-time input's date comes before its time ("15/07/2026 08:30"). */
function wordsFor(input) {
  let text = input.value.trim();
  let time = '';
  if (input.hasAttribute('data-date-time')) {
    const match = /^(.+?)(?:(?:\s+|T)(\d{1,2})\s*[:hH]\s*(\d{2})?)?$/.exec(text);
    if (match) {
      text = match[1];
      time = match[2] ? ` lúc ${match[2].padStart(2, '0')}:${(match[3] || '00')}` : '';
    }
  }
  if (!text) {
    return '';
  }
  const date = parseVietnameseDate(text);
  return date ? dateInWords(date) + time : NOT_A_DATE;
}

export function initDates(root) {
  root.querySelectorAll('input[data-date]').forEach((input) => {
    if (input.dataset.dateReady) {
      return;
    }
    input.dataset.dateReady = 'true';
    const words = document.getElementById(`${input.id}_words`);
    if (!words) {
      return;
    }
    const update = () => {
      words.textContent = wordsFor(input);
    };
    input.addEventListener('input', update);
    input.addEventListener('danvan:value-set', update);
    update();
  });
}
