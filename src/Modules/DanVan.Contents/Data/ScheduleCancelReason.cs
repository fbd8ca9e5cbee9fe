namespace DanVan.Contents.Data;

/// <summary>Why a schedule was called off without the editor asking (stored by name).</summary>
public enum ScheduleCancelReason
{
    /// <summary>At the time, the latest version was no longer the one scheduled.</summary>
    NewerDraft,

    /// <summary>Someone without the right to publish the item saved or restored a draft of it.</summary>
    EditedWithoutPublishRight,

    /// <summary>Set before schedules named their version: what it would publish was never reviewed as such.</summary>
    NotPinned,
}
