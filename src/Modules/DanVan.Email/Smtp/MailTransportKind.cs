namespace DanVan.Email.Smtp;

public enum MailTransportKind
{
    /// <summary>No server configured: messages wait in the outbox.</summary>
    None,
    Smtp,

    /// <summary>Development without a server: written as .eml files under the tenant's folder.</summary>
    MailDrop,
}
