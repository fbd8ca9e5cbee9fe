using System.Security.Cryptography;
using System.Text;

namespace DanVan.Setup.Services;

/// <summary>
/// The one-time secret that guards the setup page of this process, so that nobody who merely finds a fresh site
/// can take it over. Printed to the console at start; spent by a successful setup.
/// </summary>
public sealed class SetupToken
{
    private readonly Lock _lock = new();
    private string? _value = RandomNumberGenerator.GetHexString(24, lowercase: true);

    public string? Value
    {
        get
        {
            lock (_lock)
            {
                return _value;
            }
        }
    }

    public bool Matches(string? candidate)
    {
        var value = Value;
        return value is not null && candidate is not null &&
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(value), Encoding.ASCII.GetBytes(candidate.Trim()));
    }

    public void Spend()
    {
        lock (_lock)
        {
            _value = null;
        }
    }
}
