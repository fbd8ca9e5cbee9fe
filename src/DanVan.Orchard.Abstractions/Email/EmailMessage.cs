namespace DanVan.Orchard.Email;

/// <summary>
/// An e-mail to one recipient. Either written out (<see cref="Subject"/>, <see cref="TextBody"/>, optionally
/// <see cref="HtmlBody"/>), or made from one of the Email module's templates (<see cref="FromTemplate"/>): the module then
/// writes the Vietnamese subject, text and HTML itself, and the written-out fields are only a plain fallback for a
/// tenant without the module (the log, the mail drop).
/// </summary>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    /// <summary>One of <see cref="EmailTemplates"/>, or null for a message sent as written.</summary>
    public string? Template { get; init; }

    /// <summary>The template's values (<see cref="EmailTemplates.Values"/>).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public static EmailMessage FromTemplate(string template, string to, IReadOnlyDictionary<string, string> values) =>
        new(to, template, string.Join('\n', values.Select(v => $"{v.Key}: {v.Value}")) + "\n")
        {
            Template = template,
            Values = values,
        };
}
