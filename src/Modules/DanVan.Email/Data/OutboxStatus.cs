namespace DanVan.Email.Data;

public enum OutboxStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending = 0,
    Sent = 1,

    /// <summary>Every attempt failed; waits for an administrator's "Gửi lại".</summary>
    Failed = 2,
}
