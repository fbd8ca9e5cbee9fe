namespace DanVan.Orchard.Email;

/// <summary>The <c>DanVan:Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "DanVan:Email";

    /// <summary>The mail drop's folder under a tenant's folder (or App_Data outside a tenant).</summary>
    public const string MailDropFolderName = "mail-drop";

    /// <summary>
    /// Without a mail server, write each e-mail as an <c>.eml</c> file under <c>App_Data/Sites/&lt;tenant&gt;/mail-drop</c>
    /// (a pickup directory) instead of only noting it in the log. For development and local runs: the files hold
    /// password links.
    /// </summary>
    public bool MailDrop { get; set; }
}
