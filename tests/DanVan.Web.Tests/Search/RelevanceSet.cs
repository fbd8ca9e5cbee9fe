namespace DanVan.Web.Tests.Search;

/// <summary>
/// A small Vietnamese corpus with near-misses on purpose ("vận"/"vân"/"vấn", "dân"/"dàn", places sharing syllables)
/// and the queries a reader would type, each with the articles that must come first. Shared by the relevance tests
/// and the bench (which prints precision@3).
/// </summary>
public static class RelevanceSet
{
    public sealed record Doc(string Key, string Title, string Lead, string Body, string Category, string[] Tags);

    /// <summary>A query and its relevant articles; <see cref="First"/> must be ranked first, the others within the top 3.</summary>
    public sealed record Query(string Text, string First, params string[] AlsoInTop3);

    public static readonly Doc[] Docs =
    [
        new("dvk", "Xã Yên Thịnh nhân rộng mô hình Dân vận khéo", "Mô hình dân vận khéo giúp làm đường giao thông nông thôn.", "Cán bộ xã vận động Nhân dân hiến đất, góp công làm đường bê tông liên thôn.", "Dân vận khéo", ["dân vận khéo", "giao thông nông thôn"]),
        new("van-ho", "Lễ hội văn hóa các dân tộc tại Vân Hồ", "Huyện Vân Hồ tổ chức lễ hội văn hóa thường niên.", "Nhiều đội văn nghệ biểu diễn dân ca, dân vũ truyền thống bên suối Vân.", "Văn hóa", ["lễ hội", "văn hóa"]),
        new("gpmb", "Đối thoại về bồi thường, giải phóng mặt bằng dự án đường tránh", "Lãnh đạo huyện đối thoại với Nhân dân về giải phóng mặt bằng.", "Các hộ dân được giải thích chính sách bồi thường, hỗ trợ tái định cư khi thu hồi đất.", "Đối thoại", ["giải phóng mặt bằng", "bồi thường"]),
        new("mat-bang-gia", "Mặt bằng giá nông sản tăng, nông dân phấn khởi", "Giá lúa và ngô vụ mùa cao hơn năm trước.", "Người nông dân được mùa được giá; hợp tác xã mở rộng liên kết tiêu thụ. Khu chợ mới được giải tỏa để thông thoáng.", "Kinh tế", ["nông sản"]),
        new("tra-linh", "Huyện Trà Lĩnh triển khai quy chế dân chủ ở cơ sở", "Trà Lĩnh tập huấn quy chế dân chủ cho cán bộ thôn, xóm.", "Hội nghị tập huấn tại thị trấn Hùng Quốc, huyện Trà Lĩnh, thu hút đông đảo cán bộ cơ sở.", "Dân chủ cơ sở", ["quy chế dân chủ", "Trà Lĩnh"]),
        new("tra-giang", "Trà Giang nâng cao chất lượng sinh hoạt chi bộ", "Xã Trà Giang đổi mới nội dung sinh hoạt chi bộ.", "Các chi bộ thôn sinh hoạt chuyên đề hằng quý, gắn với nhiệm vụ địa phương.", "Xây dựng Đảng", ["chi bộ"]),
        new("hoa-an", "Hòa An sơ kết công tác dân vận 6 tháng đầu năm", "Ban Dân vận Huyện ủy Hòa An sơ kết công tác 6 tháng.", "Hội nghị đánh giá kết quả thực hiện nhiệm vụ, đề ra phương hướng 6 tháng cuối năm tại huyện Hòa An.", "Hoạt động", ["sơ kết", "Hòa An"]),
        new("hoa-binh", "Xã Hòa Bình ra mắt tổ hòa giải ở cơ sở", "Tổ hòa giải mới giúp giải quyết mâu thuẫn trong thôn.", "Tổ hòa giải gồm trưởng thôn, chi hội trưởng các đoàn thể và người có uy tín.", "Hoạt động", ["hòa giải"]),
        new("dang", "Học tập Nghị quyết của Đảng về công tác dân vận", "Cán bộ, đảng viên học tập nghị quyết chuyên đề.", "Nghị quyết nhấn mạnh vai trò lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.", "Xây dựng Đảng", ["nghị quyết", "Đảng"]),
        new("dang-ky", "Hướng dẫn đăng ký tạm trú trực tuyến", "Công an xã hướng dẫn người dân đăng ký tạm trú qua mạng.", "Người dân có thể đăng ký tạm trú, thông báo lưu trú trên cổng dịch vụ công.", "Hành chính", ["dịch vụ công"]),
        new("ton-giao", "Công tác vận động đồng bào tôn giáo đón Giáng sinh", "Thăm hỏi, chúc mừng các giáo xứ nhân dịp lễ Giáng sinh.", "Đoàn công tác tặng quà các linh mục và chức sắc tôn giáo trên địa bàn.", "Tôn giáo", ["tôn giáo", "Giáng sinh"]),
        new("van-de", "Những vấn đề cử tri quan tâm trước kỳ họp", "Cử tri nêu nhiều vấn đề về đất đai, môi trường.", "Tổ đại biểu tiếp thu các vấn đề về ô nhiễm môi trường và đường sá xuống cấp.", "Tiếp xúc cử tri", ["cử tri"]),
        new("dan-ca", "Liên hoan dàn nhạc dân tộc thiếu nhi", "Các dàn nhạc thiếu nhi biểu diễn nhạc cụ dân tộc.", "Dàn nhạc của trường tiểu học thị trấn đạt giải nhất với tiết mục đàn tính.", "Văn hóa", ["dàn nhạc"]),
        new("nong-thon-moi", "Chung sức xây dựng nông thôn mới kiểu mẫu", "Nhân dân đóng góp ngày công xây dựng nông thôn mới.", "Xã đạt chuẩn nông thôn mới kiểu mẫu nhờ sự đồng thuận của người dân.", "Nông thôn mới", ["nông thôn mới"]),
        new("mttq", "Ủy ban MTTQ Việt Nam huyện trao nhà Đại đoàn kết", "Trao nhà Đại đoàn kết cho hộ nghèo.", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động xây dựng 20 căn nhà Đại đoàn kết.", "Mặt trận", ["Đại đoàn kết", "hộ nghèo"]),
        new("thanh-nien", "Đoàn Thanh niên ra quân Tháng Thanh niên", "Hàng nghìn đoàn viên tham gia ra quân.", "Đoàn viên dọn vệ sinh môi trường, trồng cây xanh, sửa đường làng.", "Đoàn thể", ["thanh niên"]),
        new("phu-nu", "Hội Liên hiệp Phụ nữ hỗ trợ phụ nữ khởi nghiệp", "Hội Phụ nữ tư vấn, hỗ trợ vốn cho hội viên khởi nghiệp.", "Nhiều mô hình kinh tế của phụ nữ dân tộc thiểu số phát triển tốt.", "Đoàn thể", ["phụ nữ", "khởi nghiệp"]),
        new("cuu-chien-binh", "Cựu chiến binh gương mẫu làm kinh tế giỏi", "Hội Cựu chiến binh biểu dương hội viên làm kinh tế giỏi.", "Các hội viên cựu chiến binh chia sẻ kinh nghiệm trồng rừng, chăn nuôi.", "Đoàn thể", ["cựu chiến binh"]),
        new("chuyen-doi-so", "Chuyển đổi số trong công tác dân vận", "Ứng dụng công nghệ thông tin để nắm bắt tình hình Nhân dân.", "Ban Dân vận lập nhóm Zalo và trang thông tin điện tử để tiếp nhận ý kiến của người dân.", "Chuyển đổi số", ["chuyển đổi số"]),
        new("bien-gioi", "Vận động Nhân dân bảo vệ cột mốc biên giới", "Đồng bào các xã biên giới tự quản đường biên, cột mốc.", "Bộ đội biên phòng phối hợp với già làng, trưởng bản tuyên truyền pháp luật về biên giới.", "Biên giới", ["biên giới", "cột mốc"]),
        new("thien-tai", "Hỗ trợ người dân khắc phục hậu quả bão lũ", "Các đoàn thể quyên góp giúp đồng bào vùng lũ.", "Lũ quét làm sập nhiều nhà; lực lượng xung kích giúp dân dựng lại nhà cửa.", "Cứu trợ", ["bão lũ", "cứu trợ"]),
        new("hoi-nghi-quy-3", "Hội nghị giao ban công tác dân vận quý III", "Giao ban đánh giá công tác dân vận quý III.", "Hội nghị thống nhất phương hướng, nhiệm vụ quý IV, tập trung giải quyết đơn thư.", "Hội nghị", ["giao ban"]),
        new("tiep-dan", "Bí thư Huyện ủy tiếp công dân định kỳ", "Buổi tiếp công dân giải quyết nhiều kiến nghị.", "Bí thư Huyện ủy trực tiếp lắng nghe, chỉ đạo giải quyết kiến nghị về đất đai.", "Tiếp dân", ["tiếp công dân"]),
        new("ca-phe", "Nông dân Trà My trồng cây dược liệu dưới tán rừng", "Mô hình trồng sâm dưới tán rừng mang lại thu nhập cao.", "Các hộ dân ở Trà My liên kết với doanh nghiệp bao tiêu sản phẩm dược liệu.", "Kinh tế", ["dược liệu"]),
        new("hoc-bong", "Trao học bổng cho học sinh nghèo vượt khó", "Học sinh nghèo học giỏi nhận học bổng đầu năm học.", "Quỹ khuyến học trao 50 suất học bổng cho học sinh có hoàn cảnh khó khăn.", "Giáo dục", ["học bổng"]),
        new("an-toan-giao-thong", "Tuyên truyền an toàn giao thông cho học sinh", "Cảnh sát giao thông đến các trường tuyên truyền.", "Học sinh được hướng dẫn đội mũ bảo hiểm, đi xe đạp an toàn.", "Giao thông", ["an toàn giao thông"]),
        new("dan-chu", "Phát huy quyền làm chủ của Nhân dân trong giám sát", "Ban Thanh tra nhân dân giám sát các công trình.", "Ban Giám sát đầu tư của cộng đồng giám sát chất lượng công trình trường học.", "Dân chủ cơ sở", ["giám sát", "dân chủ"]),
        new("ve-sinh", "Ngày Chủ nhật xanh tại thị trấn", "Người dân thị trấn cùng dọn vệ sinh đường phố.", "Phong trào Ngày Chủ nhật xanh được duy trì mỗi tháng một lần.", "Môi trường", ["môi trường"]),
        new("hop-tac-xa", "Hợp tác xã chè Shan tuyết vươn ra thị trường", "Sản phẩm chè Shan tuyết đạt chuẩn OCOP ba sao.", "Hợp tác xã đầu tư máy sao chè, đăng ký nhãn hiệu và bán hàng qua sàn thương mại điện tử.", "Kinh tế", ["OCOP", "chè"]),
        new("van-minh", "Xây dựng nếp sống văn minh trong việc cưới, việc tang", "Các thôn đưa quy định về việc cưới, việc tang vào hương ước.", "Người dân tổ chức đám cưới tiết kiệm, không mời cỗ linh đình.", "Văn hóa", ["nếp sống văn minh"]),
    ];

    public static readonly Query[] Queries =
    [
        new("dân vận khéo", "dvk"),
        new("dan van kheo", "dvk"),
        new("\"dân vận khéo\"", "dvk"),
        new("DÂN VẬN KHÉO", "dvk"),
        new("Sơ Kết Công Tác Dân Vận", "hoa-an"),
        new("vân hồ", "van-ho"),
        new("Van Ho", "van-ho"),
        new("giải phóng mặt bằng", "gpmb"),
        new("giai phong mat bang", "gpmb"),
        new("\"mặt bằng\"", "gpmb", "mat-bang-gia"),
        new("Trà Lĩnh", "tra-linh"),
        new("tra linh", "tra-linh"),
        new("Trà Giang", "tra-giang"),
        new("Hòa An", "hoa-an"),
        new("hoa an", "hoa-an"),
        new("Hòa Bình hòa giải", "hoa-binh"),
        new("Đảng", "dang"),
        new("đăng ký tạm trú", "dang-ky"),
        new("dang ky tam tru", "dang-ky"),
        new("tôn giáo Giáng sinh", "ton-giao"),
        new("vấn đề cử tri", "van-de"),
        new("dàn nhạc", "dan-ca"),
        new("nông thôn mới", "nong-thon-moi"),
        new("nha dai doan ket", "mttq"),
        new("MTTQ", "mttq"),
        new("thanh niên tình nguyện ra quân", "thanh-nien"),
        new("phụ nữ khởi nghiệp", "phu-nu"),
        new("cựu chiến binh", "cuu-chien-binh"),
        new("chuyển đổi số", "chuyen-doi-so"),
        new("cột mốc biên giới", "bien-gioi"),
        new("bao lu", "thien-tai"),
        new("giao ban quý III", "hoi-nghi-quy-3"),
        new("tiếp công dân", "tiep-dan"),
        new("Trà My dược liệu", "ca-phe"),
        new("học bổng", "hoc-bong"),
        new("an toàn giao thông", "an-toan-giao-thong"),
        new("chè Shan tuyết OCOP", "hop-tac-xa"),
        new("nếp sống văn minh", "van-minh"),
    ];
}
