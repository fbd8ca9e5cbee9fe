namespace DanVan.Orchard.Data;

/// <summary>
/// Which writing transactions were running when a snapshot was taken: every transaction numbered below
/// <see cref="OldestRunning"/> had ended; <see cref="NextUnassigned"/> is the first number not yet given out. A row
/// written by a transaction running then (it took its number before the snapshot) is visible once a later snapshot's
/// <see cref="OldestRunning"/> has passed that snapshot's <see cref="NextUnassigned"/>.
/// </summary>
public readonly record struct WriterSnapshot(long OldestRunning, long NextUnassigned)
{
    /// <summary>No other writer was running: a row missing from this snapshot's reads is never coming.</summary>
    public bool Quiet => OldestRunning >= NextUnassigned;
}
