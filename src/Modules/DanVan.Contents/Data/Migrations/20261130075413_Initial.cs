using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Contents.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentPublishSchedule",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentPublishSchedule", x => x.ContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPublishSchedule_PublishAtUtc",
                table: "ContentPublishSchedule",
                column: "PublishAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentPublishSchedule");
        }
    }
}
