namespace DanVan.Email.ViewModels;

public sealed record OutboxPageViewModel(
    string Status,
    int Page,
    bool HasNext,
    IReadOnlyList<OutboxRow> Rows,
    int Waiting,
    int Failed,
    string? Warning,
    string? Error = null)
{
    public static IReadOnlyList<(string Value, string Name)> Statuses { get; } =
    [
        ("waiting", "Đang chờ"),
        ("failed", "Gửi không được"),
        ("sent", "Đã gửi"),
    ];

    public bool HasPrevious => Page > 1;
}

public sealed record OutboxRow(string Id, string To, string Subject, string Created, string CreatedIso, int Attempts, string? NextOrSent, string? LastError, bool CanRetry);
