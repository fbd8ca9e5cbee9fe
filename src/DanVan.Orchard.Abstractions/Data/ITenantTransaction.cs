namespace DanVan.Orchard.Data;

/// <summary>
/// The scope's all-or-nothing unit of work on its tenant (a recipe run): while it is open every tenant DbContext of the
/// scope shares one connection and one transaction, committed or rolled back together. What a step changes outside
/// the database (a media file) registers its undo here, so a failed recipe leaves nothing of its earlier steps.
/// </summary>
public interface ITenantTransaction
{
    /// <summary>Whether a unit is open in this scope.</summary>
    bool IsActive { get; }

    /// <summary>
    /// How to undo something done outside the database while the unit is open; run, newest first, if it rolls back.
    /// Ignored when no unit is open (nothing will be rolled back).
    /// </summary>
    void OnRollback(Func<CancellationToken, Task> undo);

    /// <summary>
    /// What to clean up once the unit has committed or rolled back (after its undos): the temporary copies an undo
    /// needed. Ignored when no unit is open.
    /// </summary>
    void OnEnded(Action cleanup);
}
