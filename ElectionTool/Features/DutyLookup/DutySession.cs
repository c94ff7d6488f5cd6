using Microsoft.AspNetCore.DataProtection;

namespace ElectionTool.Features.DutyLookup;

/// <summary>
/// After a correct code: a 15-minute cookie, valid only under /my-duty, that names one employee. It is encrypted and
/// signed by the app, so nobody can change it to read someone else's duty.
/// </summary>
public sealed class DutySession(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "ElectionTool.Duty";
    public const string Path = "/my-duty";
    public static readonly TimeSpan Life = TimeSpan.FromMinutes(15);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("ElectionTool.DutyLookup.v1").ToTimeLimitedDataProtector();

    public void Start(HttpContext http, int employeeId)
    {
        var token = Protector.Protect(employeeId.ToString(System.Globalization.CultureInfo.InvariantCulture), clock.GetUtcNow() + Life);
        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            Path = Path,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            MaxAge = Life,
            IsEssential = true,
        });
    }

    public int? EmployeeId(HttpContext http)
    {
        if (http.Request.Cookies[CookieName] is not { Length: > 0 } token)
        {
            return null;
        }
        try
        {
            return int.TryParse(Protector.Unprotect(token), out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public static void End(HttpContext http) => http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = Path });
}
