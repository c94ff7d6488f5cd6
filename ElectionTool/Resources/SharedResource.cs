namespace ElectionTool.Resources;

/// <summary>
/// The app's one set of interface texts: <c>SharedResource.resx</c> (English) and <c>SharedResource.hi.resx</c>
/// (Hindi). Keys are the English texts themselves, so a page reads <c>@L["Save"]</c> and a missing Hindi entry
/// still shows English rather than a key.
/// </summary>
public sealed class SharedResource;
