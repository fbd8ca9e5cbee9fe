namespace DanVan.Admin.ViewModels;

/// <summary>The menu editor: one row per entry plus empty rows to add some; an empty row is dropped.</summary>
public sealed class MenuEditViewModel
{
    public List<MenuRow> Rows { get; set; } = [];
}

public sealed class MenuRow
{
    public string? Text { get; set; }

    public string? Url { get; set; }
}
