namespace DanVan.Contents.ViewModels;

/// <summary>The "Hẹn giờ đăng" page: the date (dd/MM/yyyy) and time (HH:mm) typed, in the tenant's time zone.</summary>
public sealed class ContentScheduleViewModel
{
    public string ContentItemId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? PublishDate { get; set; }

    public string? PublishTime { get; set; }

    /// <summary>The schedule in force, in the tenant's time, or null.</summary>
    public DateTime? ScheduledLocal { get; set; }

    public string TimeZoneName { get; set; } = string.Empty;

    /// <summary>The stamp of the version shown when the page was opened: that version is the one scheduled.</summary>
    public string? Stamp { get; set; }

    /// <summary>Why the last schedule was called off (a newer draft), for the editor; null when it was not.</summary>
    public string? CalledOffNotice { get; set; }
}
