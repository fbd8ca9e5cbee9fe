using System.Globalization;
using DanVan.Admin.ViewModels;

namespace DanVan.Admin.Controllers;

/// <summary>The menu page's "↑"/"↓" buttons: <c>move=up:2</c> swaps row 2 with row 1, <c>down:2</c> with row 3.</summary>
public static class MenuOrder
{
    /// <summary>Moves the row as asked; returns its text, or null when nothing was moved (no move, the first row up, a bad value).</summary>
    public static string? Move(List<MenuRow> rows, string? move)
    {
        var parts = (move ?? string.Empty).Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= rows.Count)
        {
            return null;
        }

        var other = parts[0] switch
        {
            "up" => index - 1,
            "down" => index + 1,
            _ => -1,
        };
        if (other < 0 || other >= rows.Count)
        {
            return null;
        }

        (rows[index], rows[other]) = (rows[other], rows[index]);
        return rows[other].Text;
    }
}
