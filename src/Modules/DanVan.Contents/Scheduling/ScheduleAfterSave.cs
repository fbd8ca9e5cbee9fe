namespace DanVan.Contents.Scheduling;

/// <summary>What saving a draft did to the item's schedule: carried it to the draft, or called it off.</summary>
public sealed record ScheduleAfterSave(DateTime PublishAtUtc, bool CalledOff);
