using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Demo;

/// <summary>Names for the demo district: real departments of an Indian district, fictional places, Hindi beside English.</summary>
internal static class DemoNames
{
    public sealed record DemoDepartment(string Code, string Name, string Hindi, DepartmentCategory Category, string OfficeKind, string OfficeKindHindi, string Head, int Weight);

    public static readonly DemoDepartment[] Departments =
    [
        new("REV", "Revenue Department", "राजस्व विभाग", DepartmentCategory.StateGovt, "Tehsil Office", "तहसील कार्यालय", "Tehsildar", 8),
        new("SED", "School Education Department", "स्कूल शिक्षा विभाग", DepartmentCategory.StateGovt, "Govt. Higher Secondary School", "शासकीय उच्चतर माध्यमिक विद्यालय", "Principal", 30),
        new("HLT", "Public Health and Family Welfare", "लोक स्वास्थ्य एवं परिवार कल्याण", DepartmentCategory.StateGovt, "Community Health Centre", "सामुदायिक स्वास्थ्य केंद्र", "Block Medical Officer", 12),
        new("PWD", "Public Works Department", "लोक निर्माण विभाग", DepartmentCategory.StateGovt, "PWD Sub-Division", "लोक निर्माण उपसंभाग", "Sub-Divisional Officer", 5),
        new("AGR", "Farmer Welfare and Agriculture", "किसान कल्याण तथा कृषि विकास", DepartmentCategory.StateGovt, "Senior Agriculture Development Office", "वरिष्ठ कृषि विकास अधिकारी कार्यालय", "SADO", 5),
        new("PHE", "Public Health Engineering", "लोक स्वास्थ्य यांत्रिकी", DepartmentCategory.StateGovt, "PHE Sub-Division", "लोक स्वास्थ्य यांत्रिकी उपखंड", "Sub-Engineer", 4),
        new("WCD", "Women and Child Development", "महिला एवं बाल विकास", DepartmentCategory.StateGovt, "Project Office ICDS", "परियोजना कार्यालय एकीकृत बाल विकास", "Project Officer", 5),
        new("FOR", "Forest Department", "वन विभाग", DepartmentCategory.StateGovt, "Range Office", "वन परिक्षेत्र कार्यालय", "Range Officer", 3),
        new("CTX", "Commercial Tax", "वाणिज्यिक कर विभाग", DepartmentCategory.StateGovt, "Circle Office", "वृत्त कार्यालय", "Commercial Tax Officer", 2),
        new("MNC", "Municipal Corporation", "नगर निगम", DepartmentCategory.LocalBody, "Zonal Office", "आंचलिक कार्यालय", "Zonal Officer", 4),
        new("SBI", "State Bank of India", "भारतीय स्टेट बैंक", DepartmentCategory.Bank, "SBI Branch", "भारतीय स्टेट बैंक शाखा", "Branch Manager", 6),
        new("PNB", "Punjab National Bank", "पंजाब नैशनल बैंक", DepartmentCategory.Bank, "PNB Branch", "पंजाब नैशनल बैंक शाखा", "Branch Manager", 3),
        new("LIC", "Life Insurance Corporation", "भारतीय जीवन बीमा निगम", DepartmentCategory.CentralPsu, "LIC Branch Office", "भारतीय जीवन बीमा निगम शाखा", "Branch Manager", 2),
        new("BSNL", "Bharat Sanchar Nigam Ltd", "भारत संचार निगम लिमिटेड", DepartmentCategory.CentralPsu, "BSNL Exchange", "बीएसएनएल दूरभाष केंद्र", "SDE", 2),
        new("CEN", "Central Govt Offices", "केंद्र शासन कार्यालय", DepartmentCategory.CentralGovt, "Post Office", "डाकघर", "Postmaster", 4),
        new("AID", "Aided Colleges", "अनुदान प्राप्त महाविद्यालय", DepartmentCategory.AidedInstitution, "Aided College", "अनुदान प्राप्त महाविद्यालय", "Principal", 2),
    ];

    /// <summary>Assembly Constituencies (number, English, Hindi); the places are fictional.</summary>
    public static readonly (int Number, string Name, string Hindi)[] Constituencies =
    [
        (201, "Rampur", "रामपुर"), (202, "Sitapur Nagar", "सीतापुर नगर"), (203, "Devgarh", "देवगढ़"), (204, "Chandpur", "चांदपुर"),
        (205, "Madhopur", "माधोपुर"), (206, "Kishangarh", "किशनगढ़"), (207, "Laxmipur", "लक्ष्मीपुर"), (208, "Bhawanipur", "भवानीपुर"),
    ];

    public static readonly (string Name, string Hindi)[] Villages =
    [
        ("Amarpura", "अमरपुरा"), ("Bijnor Khurd", "बिजनौर खुर्द"), ("Chhota Bazar", "छोटा बाज़ार"), ("Dhaneta", "धनेटा"),
        ("Gopalganj", "गोपालगंज"), ("Harsud", "हरसूद"), ("Jamuniya", "जमुनिया"), ("Kachhwa", "कछवा"), ("Lalpur", "लालपुर"),
        ("Mohanpura", "मोहनपुरा"), ("Naya Gaon", "नया गांव"), ("Pipariya", "पिपरिया"), ("Rajgarh", "राजगढ़"), ("Salaiya", "सलैया"),
        ("Tikamgarh Road", "टीकमगढ़ रोड"), ("Umariya", "उमरिया"), ("Barkheda", "बरखेड़ा"), ("Khajuri", "खजूरी"),
    ];

    public static readonly string[] StationBuildings =
    [
        "Govt. Primary School", "Govt. Middle School", "Panchayat Bhawan", "Anganwadi Kendra", "Govt. Higher Secondary School", "Community Hall",
    ];
}
