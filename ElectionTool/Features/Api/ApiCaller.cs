using System.Security.Claims;
using ElectionTool.Features.Integrations;

namespace ElectionTool.Features.Api;

/// <summary>Which offices an integration's staff scopes reach: the offices chosen for it, and every office of its departments.</summary>
public static class ApiCaller
{
    public static bool Reaches(this ClaimsPrincipal caller, string officeCode, string departmentCode) =>
        caller.HasClaim(IntegrationClaims.Office, officeCode) || caller.HasClaim(IntegrationClaims.Department, departmentCode);

    public static IResult OutsideScope(string officeCode) => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: "Office outside this integration's scope", detail: $"This integration's key does not reach office {officeCode}.");

    public static IResult NoOffice(string officeCode) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No such office", detail: $"There is no office with code {officeCode}.");
}
