using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>Signs an HTTP client in through the real sign-in form (antiforgery token and all).</summary>
public static partial class SignIn
{
    public static HttpClient NewClient(this AppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/Identity/Account/Login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        return await client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<HttpClient> SignedInClientAsync(this AppFactory factory, string userName, string password = AppFactory.Password)
    {
        var client = factory.NewClient();
        var response = await client.PostLoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
