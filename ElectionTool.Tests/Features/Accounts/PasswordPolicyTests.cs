using ElectionTool.Data.Entities;
using ElectionTool.Features.Accounts;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Accounts;

public sealed class PasswordPolicyTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("Password123")]
    [InlineData("password")]
    [InlineData("P@ssw0rd!")]
    [InlineData("Admin@123")]
    [InlineData("Election@2026")]
    [InlineData("Qwerty12345")]
    [InlineData("1234567890123")]
    [InlineData("Welcome2024!")]
    public void Common_passwords_and_common_words_with_numbers_added_are_common(string password) =>
        Assert.True(PasswordPolicy.IsCommon(password), password);

    [Theory]
    [InlineData("Test-Password-123")]
    [InlineData("Kq7m-Pt4r-Zx9w")]
    [InlineData("Demo@Election2026")]
    [InlineData("Ramesh likes 3 mangoes")]
    public void Uncommon_passwords_pass(string password) => Assert.False(PasswordPolicy.IsCommon(password), password);

    [Fact]
    public async Task An_admin_cannot_choose_Password123_or_a_password_shorter_than_12()
    {
        var admin = await _app.CreateUserAsync("policy-admin", Roles.Admin);
        var operatorUser = await _app.CreateUserAsync("policy-nodal", Roles.NodalOfficer);

        var (common, shortOne, nodalShort) = await _app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var a = (await users.FindByNameAsync("policy-admin"))!;
            var n = (await users.FindByNameAsync("policy-nodal"))!;
            return (await users.ChangePasswordAsync(a, AppFactory.Password, "Password123"),
                await users.ChangePasswordAsync(a, AppFactory.Password, "Mango-Tree7"),
                await users.ChangePasswordAsync(n, AppFactory.Password, "Mango-Tree7"));
        });

        Assert.Contains(common.Errors, e => e.Code == "CommonPassword" && e.Description.Contains("too common"));
        Assert.Contains(shortOne.Errors, e => e.Code == "AdminPasswordTooShort" && e.Description.Contains("at least 12"));
        Assert.True(nodalShort.Succeeded, string.Join(" ", nodalShort.Errors.Select(e => e.Description)));
        Assert.NotNull(admin);
        Assert.NotNull(operatorUser);
    }
}
