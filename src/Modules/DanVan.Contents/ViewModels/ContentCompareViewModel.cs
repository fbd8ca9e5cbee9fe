using Microsoft.AspNetCore.Html;

namespace DanVan.Contents.ViewModels;

/// <summary>One compared part of two versions ("Tiêu đề", "Tóm tắt", "Nội dung"): the word diff, and whether anything changed.</summary>
public sealed record ContentCompareSection(string Label, IHtmlContent Diff, bool Changed, string? Notice = null);

public sealed record ContentCompareViewModel(
    string ContentItemId, string Title, string FromLabel, string ToLabel, IReadOnlyList<ContentCompareSection> Sections);
