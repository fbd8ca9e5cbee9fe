using DanVan.Feedback.Data;
using DanVan.Orchard.Display;

namespace DanVan.Feedback.ViewModels;

public sealed class FeedbackListViewModel
{
    public static readonly IReadOnlyList<(string Value, string Name)> Statuses =
        [("new", "Mới"), ("handled", "Đã xử lý"), ("spam", "Thư rác"), ("all", "Tất cả")];

    public required string Status { get; init; }

    public string? Query { get; init; }

    public required Pager Pager { get; init; }

    public required IReadOnlyList<FeedbackMessage> Rows { get; init; }

    public required IReadOnlyDictionary<FeedbackStatus, int> Counts { get; init; }

    public static string StatusName(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Handled => "Đã xử lý",
        FeedbackStatus.Spam => "Thư rác",
        _ => "Mới",
    };
}
